package io.ytautopilot.trend.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.trend.domain.FetchRun;
import io.ytautopilot.trend.domain.ScoredTrend;
import io.ytautopilot.trend.domain.Trend;
import io.ytautopilot.trend.domain.TrendRanking;
import io.ytautopilot.trend.domain.TrendSource;
import io.ytautopilot.trend.events.TrendEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trend use cases. A fetch stores the ranked trends, records the run and appends
 * TrendsFetched to the outbox in one transaction, so subscribers only hear of stored trends and
 * always get the ids they are stored under.
 */
@ApplicationScoped
public class TrendFetching {
  private static final String AGGREGATE = "Workspace";

  private final TrendSource source;
  private final TrendRepository trends;
  private final FetchRunRepository runs;
  private final TrendEventMapper events;
  private final Outbox outbox;

  public TrendFetching(TrendSource source, TrendRepository trends, FetchRunRepository runs,
      TrendEventMapper events, Outbox outbox) {
    this.source = source;
    this.trends = trends;
    this.runs = runs;
    this.events = events;
    this.outbox = outbox;
  }

  @WithTransaction
  public Uni<FetchRun> fetch(String workspaceId) {
    var now = Instant.now();
    List<ScoredTrend> ranked = TrendRanking.rank(source.fetch(), now);
    return storeAll(workspaceId, ranked, now)
        .chain(() -> trends.withTitles(workspaceId, ranked.stream().map(ScoredTrend::normalizedTitle).toList()))
        .map(rows -> new FetchRun(UUID.randomUUID(), workspaceId, now, inRankOrder(ranked, rows)))
        .call(run -> runs.persist(FetchRunEntity.of(run)))
        .call(run -> outbox.append(AGGREGATE, workspaceId, Topics.TRENDS_FETCHED, events.trendsFetched(run)));
  }

  @WithSession
  public Uni<List<Trend>> bestFirst(String workspaceId) {
    return trends.bestFirst(workspaceId).map(rows -> rows.stream().map(TrendEntity::toDomain).toList());
  }

  /** One statement after the other: a reactive session runs a single statement at a time. */
  private Uni<Void> storeAll(String workspaceId, List<ScoredTrend> ranked, Instant now) {
    Uni<Void> stored = Uni.createFrom().voidItem();
    for (ScoredTrend trend : ranked) {
      stored = stored.call(() -> trends.upsert(workspaceId, trend, now));
    }
    return stored;
  }

  private static List<Trend> inRankOrder(List<ScoredTrend> ranked, List<TrendEntity> rows) {
    Map<String, TrendEntity> byTitle = rows.stream()
        .collect(Collectors.toMap(row -> row.normalizedTitle, Function.identity()));
    return ranked.stream().map(trend -> byTitle.get(trend.normalizedTitle()).toDomain()).toList();
  }
}
