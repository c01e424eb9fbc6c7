package io.ytautopilot.trend.domain;

import java.util.List;

/**
 * One story as a candidate: the report that stands for it, every source that reported it (the
 * representative's first), its score and the normalised title that identifies it within a workspace.
 */
public record ScoredTrend(TrendItem item, List<String> sources, String normalizedTitle, Score score) {
  public ScoredTrend {
    sources = List.copyOf(sources);
  }
}
