package io.ytautopilot.production.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class StoredAssetRepository implements PanacheRepositoryBase<StoredAssetEntity, StoredAssetEntity.Key> {

  /** The stored files of a video's generations, oldest generation first. */
  public Uni<List<StoredAssetEntity>> ofVideo(UUID videoId) {
    return find("id.videoId = ?1 order by id.generation, id.role", videoId).list();
  }
}
