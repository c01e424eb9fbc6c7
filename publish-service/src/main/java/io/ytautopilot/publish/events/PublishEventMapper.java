package io.ytautopilot.publish.events;

import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.publish.domain.Approval;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** Translates between the Avro contracts and the publish domain, in both directions. */
@ApplicationScoped
public class PublishEventMapper {

  public ApprovedVideo toApprovedVideo(VideoApproved event) {
    return new ApprovedVideo(UUID.fromString(event.getVideoId()), event.getWorkspaceId(), event.getTitle(),
        event.getDescription(), event.getTags(),
        new Approval(event.getScriptApprovedBy(), event.getScriptApprovedAt()),
        new Approval(event.getVideoApprovedBy(), event.getVideoApprovedAt()),
        Path.of(event.getVideoLocation()), Path.of(event.getThumbnailLocation()));
  }

  public VideoPublished videoPublished(Publication publication, Instant now) {
    return VideoPublished.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(publication.videoId().toString())
        .setWorkspaceId(publication.workspaceId())
        .setTarget(publication.target())
        .setLocation(publication.location())
        .setPublishedAt(publication.publishedAt())
        .build();
  }
}
