package io.ytautopilot.trend.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
@WithSession
public class SourceCacheRepository implements PanacheRepositoryBase<SourceCacheEntity, SourceCacheEntity.Key> {
  private static final String UPSERT = """
      insert into source_cache (workspace_id, source_name, spec, items, fetched_at)
      values (:workspaceId, :sourceName, :spec, :items, :fetchedAt)
      on conflict (workspace_id, source_name) do update
      set spec = excluded.spec, items = excluded.items, fetched_at = excluded.fetched_at""";

  public Uni<List<SourceCacheEntity>> fetchedSince(String workspaceId, Instant since) {
    return list("workspaceId = ?1 and fetchedAt > ?2", workspaceId, since);
  }

  public Uni<Void> put(String workspaceId, String sourceName, String spec, String items, Instant fetchedAt) {
    return getSession()
        .chain(session -> session.createNativeQuery(UPSERT)
            .setParameter("workspaceId", workspaceId)
            .setParameter("sourceName", sourceName)
            .setParameter("spec", spec)
            .setParameter("items", items)
            .setParameter("fetchedAt", fetchedAt)
            .executeUpdate())
        .replaceWithVoid();
  }
}
