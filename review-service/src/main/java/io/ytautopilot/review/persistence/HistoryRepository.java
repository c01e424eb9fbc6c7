package io.ytautopilot.review.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class HistoryRepository implements PanacheRepository<HistoryEntity> {

  public Uni<List<HistoryEntity>> ofVideo(UUID videoId) {
    return list("videoId", Sort.by("id"), videoId);
  }
}
