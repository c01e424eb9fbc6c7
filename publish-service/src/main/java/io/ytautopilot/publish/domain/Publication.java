package io.ytautopilot.publish.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome for one video. A published video is never published again; a refused one may be,
 * when a later approval carries the provenance the first one lacked.
 *
 * @param target where it went (e.g. "export"); null when refused
 * @param location folder, URL or platform id of the published video; null when refused
 * @param reason why it was refused; null when published
 */
public record Publication(
    UUID videoId,
    String workspaceId,
    PublicationStatus status,
    String target,
    String location,
    String reason,
    Instant publishedAt) {

  public Publication {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(status, "status");
  }

  public static Publication published(ApprovedVideo video, String target, String location, Instant at) {
    return new Publication(video.videoId(), video.workspaceId(), PublicationStatus.PUBLISHED, target, location,
        null, at);
  }

  public static Publication refused(ApprovedVideo video, String reason) {
    return new Publication(video.videoId(), video.workspaceId(), PublicationStatus.REFUSED, null, null, reason, null);
  }
}
