package io.ytautopilot.trend.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.trend.domain.ScoredTrend;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class TrendRepository implements PanacheRepositoryBase<TrendEntity, UUID> {
  // one statement, so two fetches of one workspace at the same time cannot both insert a title
  private static final String UPSERT = """
      insert into trend (id, workspace_id, title, normalized_title, source, sources, url, summary, score, recency,
                         velocity, niche_fit, published_at, first_seen_at)
      values (:id, :workspaceId, :title, :normalizedTitle, :source, :sources, :url, :summary, :score, :recency,
              :velocity, :nicheFit, :publishedAt, :seenAt)
      on conflict (workspace_id, normalized_title) do update
      set title = excluded.title, source = excluded.source, sources = excluded.sources, url = excluded.url,
          summary = excluded.summary, score = excluded.score, recency = excluded.recency,
          velocity = excluded.velocity, niche_fit = excluded.niche_fit, published_at = excluded.published_at""";

  /** Stores a new trend, or refreshes the one with the same normalised title, keeping its id. */
  public Uni<Void> upsert(String workspaceId, ScoredTrend trend, Instant seenAt) {
    return getSession()
        .chain(session -> session.createNativeQuery(UPSERT)
            .setParameter("id", UUID.randomUUID())
            .setParameter("workspaceId", workspaceId)
            .setParameter("title", trend.item().title())
            .setParameter("normalizedTitle", trend.normalizedTitle())
            .setParameter("source", trend.sources().get(0))
            .setParameter("sources", String.join(TrendEntity.SOURCE_SEPARATOR, trend.sources()))
            .setParameter("url", trend.item().url())
            .setParameter("summary", trend.item().summary())
            .setParameter("score", trend.score().total())
            .setParameter("recency", trend.score().recency())
            .setParameter("velocity", trend.score().velocity())
            .setParameter("nicheFit", trend.score().nicheFit())
            .setParameter("publishedAt", trend.item().publishedAt())
            .setParameter("seenAt", seenAt)
            .executeUpdate())
        .replaceWithVoid();
  }

  public Uni<List<TrendEntity>> withTitles(String workspaceId, Collection<String> normalizedTitles) {
    if (normalizedTitles.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("workspaceId = ?1 and normalizedTitle in ?2", workspaceId, normalizedTitles);
  }

  public Uni<List<TrendEntity>> bestFirst(String workspaceId) {
    return list("workspaceId", Sort.descending("score").and("normalizedTitle"), workspaceId);
  }
}
