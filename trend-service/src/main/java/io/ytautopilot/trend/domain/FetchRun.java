package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One fetch for a workspace: what each source contributed and the stored trends it produced, best first. */
public record FetchRun(UUID id, String workspaceId, Instant fetchedAt, List<SourceResult> sources, List<Trend> trends) {
  public FetchRun {
    sources = List.copyOf(sources);
    trends = List.copyOf(trends);
  }

  public int trendCount() {
    return trends.size();
  }
}
