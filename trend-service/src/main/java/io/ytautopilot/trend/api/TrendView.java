package io.ytautopilot.trend.api;

import io.ytautopilot.trend.domain.Trend;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored trend as the API shows it: the score as a number, its parts beside it (as in TrendsFetched). */
public record TrendView(UUID id, String workspaceId, String title, String source, List<String> sources, String url,
    String summary, double score, double recency, double velocity, double nicheFit, Instant publishedAt,
    Instant firstSeenAt) {

  static TrendView of(Trend trend) {
    return new TrendView(trend.id(), trend.workspaceId(), trend.title(), trend.source(), trend.sources(), trend.url(),
        trend.summary(), trend.score().total(), trend.score().recency(), trend.score().velocity(),
        trend.score().nicheFit(), trend.publishedAt(), trend.firstSeenAt());
  }
}
