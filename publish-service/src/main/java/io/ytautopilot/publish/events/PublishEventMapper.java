package io.ytautopilot.publish.events;

import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishFailed;
import io.ytautopilot.events.PublishHeld;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.PublishStarted;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.events.VideoStatsUpdated;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.publish.domain.ApprovalClaim;
import io.ytautopilot.publish.domain.Approval;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.Identity;
import io.ytautopilot.publish.domain.Publication;
import io.ytautopilot.publish.domain.PublishSettings;
import io.ytautopilot.publish.domain.RetryAuthorisation;
import io.ytautopilot.publish.domain.Signed;
import io.ytautopilot.publish.domain.Statement;
import io.ytautopilot.publish.domain.VideoStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** Translates between the Avro contracts and the publish domain, in both directions. */
@ApplicationScoped
public class PublishEventMapper {

  /** What the event claims; nothing in it is trusted until {@link ApprovedVideo#verify} checked it. */
  public ApprovalClaim toClaim(VideoApproved event) {
    return new ApprovalClaim(UUID.fromString(event.getVideoId()), event.getWorkspaceId(), signed(event.getStatement()),
        event.getRetry() == null ? null : signed(event.getRetry()), Path.of(event.getVideoLocation()),
        Path.of(event.getThumbnailLocation()));
  }

  private static Signed signed(SignedStatement signed) {
    return new Signed(signed.getKeyId(), SignedStatements.bytes(signed.getPayload()),
        SignedStatements.bytes(signed.getSignature()));
  }

  /** Back to the contract's form, to verify the very bytes the event carried. */
  static SignedStatement toSignedStatement(Signed signed) {
    return new SignedStatement(signed.keyId(), ByteBuffer.wrap(signed.payload()), ByteBuffer.wrap(signed.signature()));
  }

  Statement toStatement(PublicationStatement signed, String keyId) {
    return new Statement(signed.getVideoId(), signed.getWorkspaceId(), signed.getScriptRevision(),
        signed.getGeneration(), new Approval(identity(signed.getScriptApprovedBy()), signed.getScriptApprovedAt()),
        new Approval(identity(signed.getVideoApprovedBy()), signed.getVideoApprovedAt()), signed.getTitle(),
        signed.getDescription(), signed.getTags(),
        new PublishSettings(signed.getPublishAt(), signed.getPrivacyStatus(), signed.getMadeForKids(),
            signed.getContainsSyntheticMedia()),
        signed.getVideoSha256(), signed.getThumbnailSha256(), signed.getAllowSelfReview(), keyId,
        signed.getIssuedAt());
  }

  RetryAuthorisation toRetry(PublishRetryAuthorisation signed) {
    return new RetryAuthorisation(signed.getVideoId(), signed.getWorkspaceId(), signed.getPublishAttempt(),
        new Approval(identity(signed.getRetriedBy()), signed.getRetriedAt()), signed.getStatementSha256(),
        signed.getIssuedAt());
  }

  private static Identity identity(io.ytautopilot.events.Identity signed) {
    return new Identity(signed.getIssuer(), signed.getSubject(), signed.getName());
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
