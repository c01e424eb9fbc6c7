package io.ytautopilot.trend.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
@WithSession
public class WorkspaceRepository implements PanacheRepositoryBase<WorkspaceEntity, String> {
  // one statement, so two creations of one id at the same time cannot both succeed
  private static final String INSERT = """
      insert into workspace (id, version, definition, updated_at) values (:id, 1, :definition, :updatedAt)
      on conflict (id) do nothing""";

  /** Creates version 1; false when the id is taken. */
  public Uni<Boolean> insert(String id, String definition, Instant updatedAt) {
    return getSession()
        .chain(session -> session.createNativeQuery(INSERT)
            .setParameter("id", id)
            .setParameter("definition", definition)
            .setParameter("updatedAt", updatedAt)
            .executeUpdate())
        .map(inserted -> inserted == 1);
  }

  /** The row, locked until the transaction ends, so concurrent changes each get their own version. */
  public Uni<WorkspaceEntity> forUpdate(String id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public Uni<List<WorkspaceEntity>> byId() {
    return listAll(Sort.ascending("id"));
  }
}
