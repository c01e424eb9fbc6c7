package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

@ApplicationScoped
@WithSession
public class UsedTopicRepository implements PanacheRepositoryBase<UsedTopicEntity, UsedTopicEntity.Key> {

  public Uni<Set<String>> topicKeysOf(String workspaceId) {
    return getSession()
        .chain(session -> session.createSelectionQuery(
                "select normalizedTopic from UsedTopicEntity where workspaceId = :workspace", String.class)
            .setParameter("workspace", workspaceId)
            .getResultList())
        .map(Set::copyOf);
  }
}
