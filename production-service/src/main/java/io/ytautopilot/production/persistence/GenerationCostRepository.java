package io.ytautopilot.production.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class GenerationCostRepository
    implements PanacheRepositoryBase<GenerationCostEntity, GenerationCostEntity.Key> {

  /** The costs of a video's generations, oldest first. */
  public Uni<List<GenerationCostEntity>> ofVideo(UUID videoId) {
    return find("from GenerationCostEntity cost left join fetch cost.lines where cost.id.videoId = ?1"
        + " order by cost.id.generation", videoId).list();
  }
}
