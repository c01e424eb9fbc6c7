package io.ytautopilot.publish.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class PublicationRepository implements PanacheRepositoryBase<PublicationEntity, UUID> {
  // a transaction-scoped advisory lock: it also covers a publication that does not exist yet,
  // which a row lock cannot, so an approval and a cancellation never both create one
  private static final String LOCK_VIDEO = "select count(*) from pg_advisory_xact_lock(hashtextextended(:videoId, 0))";

  /**
   * The video's publication (null when it has none), read after waiting for every other
   * transaction that changes it, on any replica: call inside a transaction, which holds the lock until it ends.
   */
  public Uni<PublicationEntity> lockAndFind(UUID videoId) {
    return getSession()
        .chain(session -> session.createNativeQuery(LOCK_VIDEO).setParameter("videoId", videoId.toString())
            .getSingleResult())
        .chain(() -> findById(videoId));
  }
}
