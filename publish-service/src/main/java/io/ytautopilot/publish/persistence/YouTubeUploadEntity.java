package io.ytautopilot.publish.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "youtube_upload")
public class YouTubeUploadEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(name = "session_uri")
  public String sessionUri;

  @Column(name = "youtube_video_id")
  public String youtubeVideoId;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
