package io.ytautopilot.editorial.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A drafted video: what stays the same across its revisions (see ScriptRevisionEntity). */
@Entity
@Table(name = "script_draft")
public class ScriptDraftEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(name = "trend_id", nullable = false)
  public UUID trendId;

  @Column(nullable = false)
  public String topic;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "target_format")
  public String targetFormat;

  @Column(name = "selection_reason")
  public String selectionReason;

  /** JSON: phase -> prompt variant. */
  @Column(name = "prompt_variants", nullable = false)
  public String promptVariants;

  /** Whether Gate 1 approved revision 1 as it was. */
  @Column(name = "passed_gate1_first", nullable = false)
  public boolean passedGate1First;

  /** Change requests answered with a new revision. */
  @Column(name = "change_requests", nullable = false)
  public int changeRequests;

  /** The latest view count publish-service reported. */
  @Column(nullable = false)
  public long views;

  @Column(name = "views_measured_at")
  public Instant viewsMeasuredAt;
}
