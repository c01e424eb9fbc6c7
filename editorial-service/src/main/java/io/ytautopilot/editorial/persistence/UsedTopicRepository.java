package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class UsedTopicRepository implements PanacheRepositoryBase<UsedTopicEntity, UUID> {

  public Uni<List<UsedTopicEntity>> newestFirst(String workspaceId) {
    return list("workspaceId", Sort.descending("usedAt").and("videoId"), workspaceId);
  }
}
