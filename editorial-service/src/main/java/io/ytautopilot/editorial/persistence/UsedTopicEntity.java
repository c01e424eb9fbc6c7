package io.ytautopilot.editorial.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a workspace's memory: the topic a video was drafted about, and whether Gate 1 rejected it. */
@Entity
@Table(name = "used_topic")
public class UsedTopicEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(name = "normalized_topic", nullable = false)
  public String normalizedTopic;

  @Column(nullable = false)
  public String topic;

  @Column(nullable = false)
  public String title;

  @Column(name = "used_at", nullable = false)
  public Instant usedAt;

  @Column(name = "rejected_at")
  public Instant rejectedAt;

  @Column(name = "rejection_reason")
  public String rejectionReason;
}
