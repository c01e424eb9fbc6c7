package io.ytautopilot.publish.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.publish.domain.UploadRecord;
import io.ytautopilot.publish.domain.UploadRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Upload steps, each committed at once on the uploading worker thread. */
@ApplicationScoped
public class YouTubeUploads implements UploadRecords, PanacheRepositoryBase<YouTubeUploadEntity, UUID> {

  @Override
  public Optional<UploadRecord> find(UUID videoId) {
    var row = await(() -> Panache.withSession(() -> findById(videoId)));
    return Optional.ofNullable(row).map(found -> new UploadRecord(found.sessionUri, found.youtubeVideoId));
  }

  @Override
  public void sessionOpened(UUID videoId, String workspaceId, String sessionUri) {
    update(videoId, workspaceId, row -> row.sessionUri = sessionUri);
  }

  @Override
  public void sessionExpired(UUID videoId) {
    await(() -> Panache.withTransaction(() -> update("sessionUri = null, updatedAt = ?1 where videoId = ?2",
        Instant.now(), videoId)));
  }

  @Override
  public void uploaded(UUID videoId, String workspaceId, String externalId) {
    update(videoId, workspaceId, row -> row.youtubeVideoId = externalId);
  }

  private void update(UUID videoId, String workspaceId, Consumer<YouTubeUploadEntity> change) {
    await(() -> Panache.withTransaction(() -> findById(videoId).chain(row -> {
      var stored = row == null ? new YouTubeUploadEntity() : row;
      stored.videoId = videoId;
      stored.workspaceId = workspaceId;
      stored.updatedAt = Instant.now();
      change.accept(stored);
      return row == null ? persist(stored).replaceWithVoid() : Uni.createFrom().voidItem();
    })));
  }
}
