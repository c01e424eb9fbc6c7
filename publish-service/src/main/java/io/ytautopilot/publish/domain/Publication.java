package io.ytautopilot.publish.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A video's publication: the latest attempt and how it stands. PUBLISHED and CANCELLED are final;
 * a FAILED attempt gives way to a newer one (see {@link ApprovalHandling}).
 *
 * @param publishAttempt the attempt this state belongs to; 0 for a video cancelled before any approval arrived
 * @param target where it goes (e.g. "export"); null when no attempt got that far
 * @param location folder or URL of the published video; null until published
 * @param externalId the platform's id of the published video (YouTube's); null for an export
 * @param reason why it failed, was held or was cancelled; null otherwise
 * @param retryAt when a HELD attempt is tried again; null otherwise
 */
public record Publication(
    UUID videoId,
    String workspaceId,
    PublicationStatus status,
    int publishAttempt,
    String target,
    String location,
    String externalId,
    String reason,
    Instant publishedAt,
    Instant retryAt) {

  public Publication {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(status, "status");
  }

  public static Publication publishing(ApprovedVideo video, String target) {
    return new Publication(video.videoId(), video.workspaceId(), PublicationStatus.PUBLISHING, video.publishAttempt(),
        target, null, null, null, null, null);
  }

  public static Publication published(ApprovedVideo video, String target, PublishOutcome.Published outcome,
      Instant at) {
    return new Publication(video.videoId(), video.workspaceId(), PublicationStatus.PUBLISHED, video.publishAttempt(),
        target, outcome.location(), outcome.externalId(), null, at, null);
  }

  public static Publication held(ApprovedVideo video, String target, PublishOutcome.Held outcome) {
    return new Publication(video.videoId(), video.workspaceId(), PublicationStatus.HELD, video.publishAttempt(),
        target, null, null, outcome.reason(), null, outcome.retryAt());
  }

  public static Publication failed(ApprovedVideo video, String reason) {
    return new Publication(video.videoId(), video.workspaceId(), PublicationStatus.FAILED, video.publishAttempt(),
        null, null, null, reason, null, null);
  }

  /**
   * The publication after review cancels the video. Cancelling is possible until publishing
   * starts; a cancellation of a video that has no publication yet leaves a marker that refuses
   * every later approval.
   *
   * @param stored the video's publication, or null when it has none
   * @return the cancelled publication, or empty when the cancellation changes nothing (already
   *     cancelled, publishing or published); a held video has not started and is cancelled
   */
  public static Optional<Publication> cancelled(Publication stored, UUID videoId, String workspaceId,
      String cancelledBy, String why) {
    String reason = "cancelled by " + cancelledBy + ": " + why;
    if (stored == null) {
      return Optional.of(new Publication(videoId, workspaceId, PublicationStatus.CANCELLED, 0, null, null, null,
          reason, null, null));
    }
    if (stored.status() != PublicationStatus.FAILED && stored.status() != PublicationStatus.HELD) {
      return Optional.empty();
    }
    return Optional.of(new Publication(videoId, stored.workspaceId(), PublicationStatus.CANCELLED,
        stored.publishAttempt(), null, null, null, reason, null, null));
  }
}
