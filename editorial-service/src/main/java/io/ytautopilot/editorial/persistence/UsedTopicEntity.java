package io.ytautopilot.editorial.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A topic a workspace has drafted a video about, under its topic key. */
@Entity
@Table(name = "used_topic")
@IdClass(UsedTopicEntity.Key.class)
public class UsedTopicEntity {
  @Id
  @Column(name = "workspace_id")
  public String workspaceId;

  @Id
  @Column(name = "normalized_topic")
  public String normalizedTopic;

  @Column(name = "video_id", nullable = false)
  public UUID videoId;

  @Column(name = "used_at", nullable = false)
  public Instant usedAt;

  public record Key(String workspaceId, String normalizedTopic) implements Serializable {}
}
