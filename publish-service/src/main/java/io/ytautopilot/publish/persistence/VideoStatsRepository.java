package io.ytautopilot.publish.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.publish.domain.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class VideoStatsRepository implements PanacheRepositoryBase<VideoStatsEntity, UUID> {

  /** Starts syncing a video that went out on YouTube; call inside the transaction that publishes it. */
  Uni<Void> track(Publication published) {
    var row = new VideoStatsEntity();
    row.videoId = published.videoId();
    row.workspaceId = published.workspaceId();
    row.youtubeVideoId = published.externalId();
    row.publishedAt = published.publishedAt();
    return persist(row).replaceWithVoid();
  }
}
