package io.ytautopilot.trend.api;

import io.ytautopilot.trend.domain.FetchRun;
import java.util.UUID;

/** What a fetch produced; the trends themselves go out as TrendsFetched. */
public record FetchResult(UUID fetchId, String workspaceId, int trendCount) {
  static FetchResult of(FetchRun run) {
    return new FetchResult(run.id(), run.workspaceId(), run.trendCount());
  }
}
