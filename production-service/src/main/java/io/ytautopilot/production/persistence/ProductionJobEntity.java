package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.JobState;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.RenderedVideo;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "production_job")
public class ProductionJobEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public JobState state;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "started_at", nullable = false)
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(name = "video_location")
  public String videoLocation;

  @Column(name = "video_duration_seconds")
  public Double videoDurationSeconds;

  @Column(name = "video_size_bytes")
  public Long videoSizeBytes;

  @Column(name = "voice_over_location")
  public String voiceOverLocation;

  @Column(name = "thumbnail_location")
  public String thumbnailLocation;

  // eager: a reactive session cannot load a collection lazily behind the caller's back
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_clip", joinColumns = @JoinColumn(name = "video_id"))
  @OrderBy("sceneIndex")
  public List<ClipColumns> clips = new ArrayList<>();

  static ProductionJobEntity of(ProductionJob job) {
    var row = new ProductionJobEntity();
    row.videoId = job.videoId();
    row.workspaceId = job.workspaceId();
    row.copyFrom(job);
    return row;
  }

  /** Copies what a job's transitions may change. */
  void copyFrom(ProductionJob job) {
    state = job.state();
    attempts = job.attempts();
    lastError = job.lastError().orElse(null);
    startedAt = job.startedAt();
    finishedAt = job.finishedAt().orElse(null);
    job.output().ifPresent(output -> {
      videoLocation = output.video().toString();
      videoDurationSeconds = output.durationSeconds();
      videoSizeBytes = output.sizeBytes();
      voiceOverLocation = output.voiceOver().toString();
      thumbnailLocation = output.thumbnail().toString();
      clips.clear();
      output.clips().forEach(clip -> clips.add(ClipColumns.of(clip)));
    });
  }

  ProductionJob toDomain() {
    RenderedVideo output = videoLocation == null ? null
        : new RenderedVideo(Path.of(videoLocation), videoDurationSeconds, videoSizeBytes, Path.of(voiceOverLocation),
            Path.of(thumbnailLocation), clips.stream().map(ClipColumns::toDomain).toList());
    return ProductionJob.restore(videoId, workspaceId, state, attempts, lastError, startedAt, finishedAt, output);
  }
}
