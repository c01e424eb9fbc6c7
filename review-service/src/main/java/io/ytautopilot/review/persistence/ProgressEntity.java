package io.ytautopilot.review.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The latest progress of a video's generation: one row per video, overwritten by newer reports. */
@Entity
@Table(name = "generation_progress")
public class ProgressEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Column(nullable = false)
  public int generation;

  @Column(nullable = false)
  public String stage;

  @Column(name = "scenes_done", nullable = false)
  public int scenesDone;

  @Column(name = "scenes_failed", nullable = false)
  public int scenesFailed;

  @Column(name = "scenes_total", nullable = false)
  public int scenesTotal;

  @Column(nullable = false)
  public int percent;

  @Column(name = "eta_seconds")
  public Integer etaSeconds;

  @Column(nullable = false)
  public String message;

  @Column(name = "reported_at", nullable = false)
  public Instant reportedAt;
}
