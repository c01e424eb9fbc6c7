package io.ytautopilot.production.api;

import io.ytautopilot.production.domain.JobState;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.RenderedVideo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A video's production job: where it stands, how often it was tried, why it failed, what it made. */
public record ProductionDetails(
    UUID videoId,
    String workspaceId,
    JobState state,
    int attempts,
    String lastError,
    Instant startedAt,
    Instant finishedAt,
    Output output) {

  /** The rendered files, as absolute paths. */
  public record Output(String video, double durationSeconds, long sizeBytes, String voiceOver, String thumbnail,
      List<Clip> clips) {

    static Output of(RenderedVideo video) {
      return new Output(video.video().toString(), video.durationSeconds(), video.sizeBytes(),
          video.voiceOver().toString(), video.thumbnail().toString(),
          video.clips().stream()
              .map(clip -> new Clip(clip.index(), clip.location().toString(), clip.durationSeconds(), clip.sizeBytes()))
              .toList());
    }
  }

  public record Clip(int index, String location, double durationSeconds, long sizeBytes) {}

  static ProductionDetails of(ProductionJob job) {
    return new ProductionDetails(job.videoId(), job.workspaceId(), job.state(), job.attempts(),
        job.lastError().orElse(null), job.startedAt(), job.finishedAt().orElse(null),
        job.output().map(Output::of).orElse(null));
  }
}
