package io.ytautopilot.publish.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "video_stats")
public class VideoStatsEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(name = "youtube_video_id", nullable = false)
  public String youtubeVideoId;

  @Column(name = "published_at", nullable = false)
  public Instant publishedAt;

  @Column(name = "measured_at")
  public Instant measuredAt;

  public Long views;

  public Long likes;

  public Long comments;
}
