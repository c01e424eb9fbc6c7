package io.ytautopilot.review.persistence;

import io.ytautopilot.review.domain.VideoState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "video")
public class VideoEntity {
  @Id public UUID id;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public VideoState state;

  /** Optimistic lock: an update that lost a race fails instead of overwriting. */
  @Version public long version;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String script;

  public String assets;

  @Column(name = "script_approved_by")
  public String scriptApprovedBy;

  @Column(name = "script_approved_at")
  public Instant scriptApprovedAt;

  @Column(name = "script_approval_comment")
  public String scriptApprovalComment;

  @Column(name = "script_approver_issuer")
  public String scriptApproverIssuer;

  @Column(name = "script_approver_subject")
  public String scriptApproverSubject;

  @Column(name = "video_approved_by")
  public String videoApprovedBy;

  @Column(name = "video_approved_at")
  public Instant videoApprovedAt;

  @Column(name = "video_approval_comment")
  public String videoApprovalComment;

  @Column(name = "video_approver_issuer")
  public String videoApproverIssuer;

  @Column(name = "video_approver_subject")
  public String videoApproverSubject;

  @Column(name = "publication_statement_key_id")
  public String publicationStatementKeyId;

  @Column(name = "publication_statement")
  public byte[] publicationStatement;

  @Column(name = "publication_statement_signature")
  public byte[] publicationStatementSignature;

  @Column(name = "retry_authorisation_key_id")
  public String retryAuthorisationKeyId;

  @Column(name = "retry_authorisation")
  public byte[] retryAuthorisation;

  @Column(name = "retry_authorisation_signature")
  public byte[] retryAuthorisationSignature;

  @Column(name = "published_location")
  public String publishedLocation;

  @Column(name = "approved_revision", nullable = false)
  public int approvedRevision;

  @Column(nullable = false)
  public int generation;

  @Column(name = "publish_attempt", nullable = false)
  public int publishAttempt;

  @Column(name = "publish_at")
  public Instant publishAt;

  /** JSON of the options chosen at Gate 2. */
  @Column(name = "publish_options")
  public String publishOptions;

  /** JSON array of scene indexes. */
  @Column(name = "scenes_to_regenerate", nullable = false)
  public String scenesToRegenerate;

  @Column(name = "last_failure")
  public String lastFailure;

  /** USD the delivered generations cost so far. */
  @Column(nullable = false)
  public double spent;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
