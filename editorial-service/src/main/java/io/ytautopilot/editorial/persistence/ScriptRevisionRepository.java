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
public class ScriptRevisionRepository implements PanacheRepositoryBase<ScriptRevisionEntity, ScriptRevisionEntity.Key> {

  /** Null when the video has no revision, i.e. is unknown. */
  public Uni<ScriptRevisionEntity> latest(UUID videoId) {
    return find("videoId", Sort.descending("revision"), videoId).firstResult();
  }

  public Uni<List<ScriptRevisionEntity>> oldestFirst(UUID videoId) {
    return list("videoId", Sort.ascending("revision"), videoId);
  }

}
