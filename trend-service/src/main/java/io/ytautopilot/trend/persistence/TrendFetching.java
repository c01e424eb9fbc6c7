package io.ytautopilot.trend.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.trend.adapters.TrendSources;
import io.ytautopilot.trend.domain.FetchRun;
import io.ytautopilot.trend.domain.ScoredTrend;
import io.ytautopilot.trend.domain.SourceResult;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.Trend;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendRanking;
import io.ytautopilot.trend.domain.Workspace;
import io.ytautopilot.trend.events.TrendEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fetch use case, in three steps so that no transaction stays open while sources answer: read
 * the workspace and its cached sources; ask the other sources (on worker threads, each within its
 * timeout); then, in one transaction, store the new cache entries, the ranked trends and the run and
 * append TrendsFetched to the outbox, so subscribers only hear of stored trends and always get the
 * ids they are stored under.
 */
@ApplicationScoped
public class TrendFetching {
  private final Workspaces workspaces;
  private final TrendSources sources;
  private final TrendRepository trends;
  private final FetchRunRepository runs;
  private final SourceCacheRepository cache;
  private final StoredJson json;
  private final TrendEventMapper events;
  private final Outbox outbox;
  private final Vertx vertx;
  private final Duration cacheTtl;
  private final int topN;

  public TrendFetching(Workspaces workspaces, TrendSources sources, TrendRepository trends, FetchRunRepository runs,
      SourceCacheRepository cache, StoredJson json, TrendEventMapper events, Outbox outbox, Vertx vertx,
      @ConfigProperty(name = "yt.trend.fetch.cache-ttl") Duration cacheTtl,
      @ConfigProperty(name = "yt.trend.fetch.top-n") int topN) {
    this.workspaces = workspaces;
    this.sources = sources;
    this.trends = trends;
    this.runs = runs;
    this.cache = cache;
    this.json = json;
    this.events = events;
    this.outbox = outbox;
    this.vertx = vertx;
    this.cacheTtl = cacheTtl;
    this.topN = topN;
  }

  /**
   * Fetches, ranks and stores the workspace's trends.
   *
   * @param force ask every source even if it delivered within the cache window
   */
  public Uni<FetchRun> fetch(String workspaceId, boolean force) {
    Instant started = Instant.now();
    return workspaces.find(workspaceId)
        .chain(workspace -> cachedResults(workspace, force ? started : started.minus(cacheTtl))
            .chain(cached -> askTheOthers(workspace, cached))
            .chain(results -> store(workspace, results, Instant.now())));
  }

  @WithSession
  public Uni<List<Trend>> bestFirst(String workspaceId) {
    return trends.bestFirst(workspaceId).map(rows -> rows.stream().map(TrendEntity::toDomain).toList());
  }

  /** The sources that delivered after {@code since} for the definition they have now. */
  private Uni<Map<String, SourceResult>> cachedResults(Workspace workspace, Instant since) {
    return Panache.withSession(() -> cache.fetchedSince(workspace.id(), since))
        .map(rows -> rows.stream()
            .flatMap(row -> workspace.definition().sources().stream()
                .filter(spec -> spec.name().equals(row.sourceName) && spec.equals(json.spec(row.spec)))
                .map(spec -> SourceResult.cached(spec, json.items(row.items), row.fetchedAt)))
            .collect(Collectors.toMap(result -> result.spec().name(), Function.identity())));
  }

  /** Results in the order the workspace lists its sources; the result arrives back on this Vert.x context. */
  private Uni<List<SourceResult>> askTheOthers(Workspace workspace, Map<String, SourceResult> cached) {
    List<SourceSpec> stale = workspace.definition().sources().stream()
        .filter(spec -> !cached.containsKey(spec.name())).toList();
    Uni<List<SourceResult>> asked = stale.isEmpty()
        ? Uni.createFrom().item(List.of())
        : vertx.executeBlocking(() -> sources.fetchAll(workspace.id(), stale), false);
    return asked.map(fetched -> {
      Map<String, SourceResult> byName = new HashMap<>(cached);
      fetched.forEach(result -> byName.put(result.spec().name(), result));
      return workspace.definition().sources().stream().map(spec -> byName.get(spec.name())).toList();
    });
  }

  private Uni<FetchRun> store(Workspace workspace, List<SourceResult> results, Instant now) {
    List<TrendItem> items = results.stream().flatMap(result -> result.items().stream()).toList();
    List<ScoredTrend> ranked = TrendRanking.rank(items, workspace.definition().nicheKeywords(), now, topN);
    String workspaceId = workspace.id();
    return Panache.withTransaction(() -> cacheFetched(workspaceId, results)
        .chain(() -> storeAll(workspaceId, ranked, now))
        .chain(() -> trends.withTitles(workspaceId, ranked.stream().map(ScoredTrend::normalizedTitle).toList()))
        .map(rows -> new FetchRun(UUID.randomUUID(), workspaceId, now, results, inRankOrder(ranked, rows)))
        .call(run -> runs.persist(FetchRunEntity.of(run)))
        .call(run -> outbox.append(Workspaces.AGGREGATE, workspaceId, Topics.TRENDS_FETCHED,
            events.trendsFetched(run))));
  }

  /** One statement after the other: a reactive session runs a single statement at a time. */
  private Uni<Void> cacheFetched(String workspaceId, List<SourceResult> results) {
    Uni<Void> stored = Uni.createFrom().voidItem();
    for (SourceResult result : results) {
      if (result.status() == SourceResult.Status.FETCHED) {
        stored = stored.call(() -> cache.put(workspaceId, result.spec().name(), json.write(result.spec()),
            json.write(result.items()), result.fetchedAt()));
      }
    }
    return stored;
  }

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
