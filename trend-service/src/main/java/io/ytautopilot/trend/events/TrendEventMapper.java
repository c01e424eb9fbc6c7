package io.ytautopilot.trend.events;

import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.trend.domain.FetchRun;
import io.ytautopilot.trend.domain.Trend;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Builds the Avro contract trend-service publishes from the trend domain. */
@ApplicationScoped
public class TrendEventMapper {

  /** Carries the run's trends in its order, best first. */
  public TrendsFetched trendsFetched(FetchRun run) {
    return TrendsFetched.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(run.fetchedAt())
        .setWorkspaceId(run.workspaceId())
        .setFetchId(run.id().toString())
        .setTrends(run.trends().stream().map(TrendEventMapper::candidate).toList())
        .build();
  }

  private static io.ytautopilot.events.Trend candidate(Trend trend) {
    return io.ytautopilot.events.Trend.newBuilder()
        .setTrendId(trend.id().toString())
        .setTitle(trend.title())
        .setSource(trend.source())
        .setSources(trend.sources())
        .setUrl(trend.url())
        .setPublishedAt(trend.publishedAt())
        .setSummary(trend.summary())
        .setScore(trend.score().total())
        .setRecency(trend.score().recency())
        .setVelocity(trend.score().velocity())
        .setNicheFit(trend.score().nicheFit())
        .build();
  }
}
