package io.ytautopilot.production.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.production.domain.Cost;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class SceneCostRepository implements PanacheRepositoryBase<SceneCostEntity, SceneCostEntity.Key> {

  /** The cost lines of the scenes one generation rendered itself, in scene order. */
  public Uni<List<Cost.Line>> linesOf(UUID videoId, int generation) {
    return find("from SceneCostEntity cost left join fetch cost.lines"
        + " where cost.id.videoId = ?1 and cost.id.generation = ?2", videoId, generation).list()
        .map(rows -> rows.stream().distinct()
            .sorted(Comparator.comparingInt(row -> row.id.sceneIndex()))
            .flatMap(row -> row.toDomain().stream())
            .toList());
  }
}
