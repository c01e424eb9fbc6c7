package io.ytautopilot.publish.events;

import io.ytautopilot.events.PublishFailed;
import io.ytautopilot.events.PublishHeld;
import io.ytautopilot.events.PublishStarted;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.events.VideoStatsUpdated;
import io.ytautopilot.publish.domain.Approval;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.Provenance;
import io.ytautopilot.publish.domain.Publication;
import io.ytautopilot.publish.domain.PublishSettings;
import io.ytautopilot.publish.domain.VideoStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** Translates between the Avro contracts and the publish domain, in both directions. */
@ApplicationScoped
public class PublishEventMapper {

  public ApprovedVideo toApprovedVideo(VideoApproved event) {
    return new ApprovedVideo(UUID.fromString(event.getVideoId()), event.getWorkspaceId(), event.getPublishAttempt(),
        event.getTitle(), event.getDescription(), event.getTags(),
        new PublishSettings(event.getPublishAt(), event.getPrivacyStatus(), event.getMadeForKids(),
            event.getContainsSyntheticMedia()),
        event.getProvenance() == null ? null : toProvenance(event.getProvenance()),
        Path.of(event.getVideoLocation()), Path.of(event.getThumbnailLocation()));
  }

  Provenance toProvenance(io.ytautopilot.events.Provenance signed) {
    return new Provenance(signed.getVideoId(), signed.getWorkspaceId(), signed.getScriptRevision(),
        new Approval(signed.getScriptApprovedBy(), signed.getScriptApprovedAt()), signed.getVideoSha256(),
        new Approval(signed.getVideoApprovedBy(), signed.getVideoApprovedAt()), signed.getKeyId(),
        signed.getSignature());
  }

  /** Back to the signed form, to verify the very values the domain checks and publishes. */
  io.ytautopilot.events.Provenance toSigned(Provenance provenance) {
    return io.ytautopilot.events.Provenance.newBuilder()
        .setVideoId(provenance.videoId())
        .setWorkspaceId(provenance.workspaceId())
        .setScriptRevision(provenance.scriptRevision())
        .setScriptApprovedBy(provenance.scriptApproval().reviewer())
        .setScriptApprovedAt(provenance.scriptApproval().at())
        .setVideoSha256(provenance.videoSha256())
        .setVideoApprovedBy(provenance.videoApproval().reviewer())
        .setVideoApprovedAt(provenance.videoApproval().at())
        .setKeyId(provenance.keyId())
        .setSignature(provenance.signature())
        .build();
  }

  public PublishStarted publishStarted(Publication publication, Instant now) {
    return PublishStarted.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(publication.videoId().toString())
        .setWorkspaceId(publication.workspaceId())
        .setPublishAttempt(publication.publishAttempt())
        .setTarget(publication.target())
        .build();
  }

  /** @param video the approval being refused: its attempt is echoed, whatever the stored one */
  public PublishFailed publishFailed(ApprovedVideo video, String reason, Instant now) {
    return PublishFailed.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(video.videoId().toString())
        .setWorkspaceId(video.workspaceId())
        .setPublishAttempt(video.publishAttempt())
        .setReason(reason)
        .build();
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
        .setPublishAttempt(publication.publishAttempt())
        .setExternalId(publication.externalId())
        .build();
  }

  public PublishHeld publishHeld(Publication held, Instant now) {
    return PublishHeld.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(held.videoId().toString())
        .setWorkspaceId(held.workspaceId())
        .setPublishAttempt(held.publishAttempt())
        .setReason(held.reason())
        .setRetryAt(held.retryAt())
        .build();
  }

  public VideoStatsUpdated videoStatsUpdated(UUID videoId, String workspaceId, VideoStatistics statistics,
      Instant measuredAt) {
    return VideoStatsUpdated.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(measuredAt)
        .setVideoId(videoId.toString())
        .setWorkspaceId(workspaceId)
        .setYoutubeVideoId(statistics.externalId())
        .setMeasuredAt(measuredAt)
        .setViews(statistics.views())
        .setLikes(statistics.likes())
        .setComments(statistics.comments())
        .setWatchTimeMinutes(null) // YouTube Analytics is not read yet
        .build();
  }
}
