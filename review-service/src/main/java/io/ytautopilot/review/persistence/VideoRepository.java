package io.ytautopilot.review.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.review.domain.VideoState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class VideoRepository implements PanacheRepositoryBase<VideoEntity, UUID> {

  /**
   * The review queue: oldest first, optionally narrowed to one state.
   *
   * @param workspaceIds the workspaces to show; null for all
   */
  public Uni<List<VideoEntity>> queue(VideoState state, List<String> workspaceIds, int pageIndex, int pageSize) {
    var query = new StringBuilder("1 = 1");
    var params = new Parameters();
    if (state != null) {
      query.append(" and state = :state");
      params.and("state", state);
    }
    if (workspaceIds != null) {
      query.append(" and workspaceId in :workspaces");
      params.and("workspaces", workspaceIds);
    }
    return find(query.toString(), Sort.by("createdAt").and("id"), params)
        .page(pageIndex, pageSize)
        .list();
  }
}
