package io.ytautopilot.publish.persistence;

import io.ytautopilot.publish.domain.Publication;
import io.ytautopilot.publish.domain.PublicationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "publication")
public class PublicationEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PublicationStatus status;

  @Column(name = "publish_attempt", nullable = false)
  public int publishAttempt;

  public String target;

  public String location;

  @Column(name = "external_id")
  public String externalId;

  public String reason;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "retry_at")
  public Instant retryAt;

  /** The approval of a HELD attempt as JSON, to publish it with when the retry time comes. */
  @Column(name = "held_approval")
  public String heldApproval;

  void copyFrom(Publication publication) {
    videoId = publication.videoId();
    workspaceId = publication.workspaceId();
    status = publication.status();
    publishAttempt = publication.publishAttempt();
    target = publication.target();
    location = publication.location();
    externalId = publication.externalId();
    reason = publication.reason();
    publishedAt = publication.publishedAt();
    retryAt = publication.retryAt();
    heldApproval = null;
  }

  Publication toDomain() {
    return new Publication(videoId, workspaceId, status, publishAttempt, target, location, externalId, reason,
        publishedAt, retryAt);
  }
}
