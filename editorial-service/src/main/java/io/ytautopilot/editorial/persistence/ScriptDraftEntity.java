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
}
