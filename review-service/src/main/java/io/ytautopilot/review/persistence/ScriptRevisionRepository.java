package io.ytautopilot.review.persistence;

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

  /** The video's revisions, oldest first. */
  public Uni<List<ScriptRevisionEntity>> ofVideo(UUID videoId) {
    return list("id.videoId", Sort.by("id.revision"), videoId);
  }
}
