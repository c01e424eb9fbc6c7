package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.Cancellation;
import io.ytautopilot.production.domain.JobState;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.RenderedClip;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The approved script's revision; 0 when none was approved, or not known (jobs from before V3). */
  @Column(nullable = false)
  public int revision;

  @Column(nullable = false)
  public int generation;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  public String title;

  @Column(name = "video_location")
  public String videoLocation;

  @Column(name = "video_duration_seconds")
  public Double videoDurationSeconds;

  @Column(name = "video_size_bytes")
  public Long videoSizeBytes;

  @Column(name = "video_sha256")
  public String videoSha256;

  @Column(name = "thumbnail_sha256")
  public String thumbnailSha256;

  @Column(name = "voice_over_location")
  public String voiceOverLocation;

  @Column(name = "thumbnail_location")
  public String thumbnailLocation;

  @Column(name = "cancelled_by")
  public String cancelledBy;

  @Column(name = "cancel_reason")
  public String cancelReason;

  @Column(name = "cancelled_at")
  public Instant cancelledAt;

  /** When the current generation was queued: the queue takes the oldest first. */
  @Column(name = "queued_at")
  public Instant queuedAt;

  /** The instance rendering the video, and until when its claim holds unless renewed. */
  @Column(name = "lease_owner")
  public String leaseOwner;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  // eager: a reactive session cannot load a collection lazily behind the caller's back; maps, not
  // lists, because Hibernate cannot fetch two bags at once
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_scene", joinColumns = @JoinColumn(name = "video_id"))
  @MapKeyColumn(name = "scene_index")
  public Map<Integer, SceneColumns> scenes = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_clip", joinColumns = @JoinColumn(name = "video_id"))
  @MapKeyColumn(name = "scene_index")
  public Map<Integer, ClipColumns> clips = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_placeholder", joinColumns = @JoinColumn(name = "video_id"))
  @MapKeyColumn(name = "scene_index")
  @Column(name = "reason", nullable = false)
  public Map<Integer, String> placeholders = new HashMap<>();

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
    revision = job.revision();
    generation = job.generation();
    attempts = job.attempts();
    lastError = job.lastError().orElse(null);
    startedAt = job.startedAt().orElse(null);
    finishedAt = job.finishedAt().orElse(null);
    title = job.title().orElse(null);
    var output = job.output();
    videoLocation = output.map(video -> video.video().toString()).orElse(null);
    videoDurationSeconds = output.map(RenderedVideo::durationSeconds).orElse(null);
    videoSizeBytes = output.map(RenderedVideo::sizeBytes).orElse(null);
    videoSha256 = output.map(RenderedVideo::sha256).orElse(null);
    voiceOverLocation = output.map(video -> video.voiceOver().toString()).orElse(null);
    thumbnailLocation = output.map(video -> video.thumbnail().toString()).orElse(null);
    thumbnailSha256 = output.map(RenderedVideo::thumbnailSha256).orElse(null);
    var cancellation = job.cancellation();
    cancelledBy = cancellation.map(Cancellation::by).orElse(null);
    cancelReason = cancellation.map(Cancellation::reason).orElse(null);
    cancelledAt = cancellation.map(Cancellation::at).orElse(null);
    scenes.clear();
    job.scenes().forEach(scene -> scenes.put(scene.index(), SceneColumns.of(scene)));
    clips.clear();
    job.clips().forEach(clip -> clips.put(clip.index(), ClipColumns.of(clip)));
    placeholders.clear();
    placeholders.putAll(job.placeholders());
  }

  ProductionJob toDomain() {
    List<RenderedClip> renderedClips = clips.entrySet().stream()
        .map(entry -> entry.getValue().toDomain(entry.getKey()))
        .sorted(Comparator.comparingInt(RenderedClip::index))
        .toList();
    RenderedVideo output = videoLocation == null ? null
        : new RenderedVideo(Path.of(videoLocation), videoDurationSeconds, videoSizeBytes, videoSha256,
            Path.of(voiceOverLocation), Path.of(thumbnailLocation), thumbnailSha256, renderedClips);
    Cancellation cancellation = cancelledBy == null ? null : new Cancellation(cancelledBy, cancelReason, cancelledAt);
    return ProductionJob.restore(videoId, workspaceId, state, revision, generation, attempts, lastError, startedAt,
        finishedAt, title, scenes.entrySet().stream().map(entry -> entry.getValue().toDomain(entry.getKey())).toList(),
        renderedClips, placeholders, output, cancellation);
  }
}
