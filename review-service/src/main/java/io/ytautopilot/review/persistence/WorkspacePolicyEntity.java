package io.ytautopilot.review.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The review policy of a workspace, from its latest WorkspaceConfigured. */
@Entity
@Table(name = "workspace_policy")
public class WorkspacePolicyEntity {
  @Id
  @Column(name = "workspace_id")
  public String workspaceId;

  @Column(nullable = false)
  public int version;

  @Column(name = "allow_self_review", nullable = false)
  public boolean allowSelfReview;

  @Column(name = "banned_words", nullable = false)
  public String bannedWords;

  @Column(name = "banned_topics", nullable = false)
  public String bannedTopics;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
