package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@WithSession
public class ScriptDraftRepository implements PanacheRepositoryBase<ScriptDraftEntity, UUID> {

  /** A drafted video with its latest revision. */
  public record DraftedVideo(ScriptDraftEntity draft, ScriptRevisionEntity latest) {}

  /** The latest view count of each of the workspace's videos that has one. */
  public Uni<Map<UUID, Long>> viewsOf(String workspaceId) {
    return list("workspaceId = ?1 and views > 0", workspaceId)
        .map(rows -> rows.stream().collect(Collectors.toMap(row -> row.videoId, row -> row.views)));
  }

  public Uni<List<DraftedVideo>> newestFirst(String workspaceId) {
    return getSession().chain(session -> session.createSelectionQuery("""
            select d, r
            from ScriptDraftEntity d join ScriptRevisionEntity r on r.videoId = d.videoId
            where d.workspaceId = :workspace
              and r.revision = (select max(x.revision) from ScriptRevisionEntity x where x.videoId = d.videoId)
            order by d.createdAt desc, d.videoId desc""", DraftedVideo.class)
        .setParameter("workspace", workspaceId)
        .getResultList());
  }
}
