package io.ytautopilot.production.api;

import io.ytautopilot.production.domain.Cancellation;
import io.ytautopilot.production.domain.JobState;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A video's production job: where it stands, which generation it is at, how often it was tried,
 * why it failed or who cancelled it, the clips rendered so far and, once DONE, what it made.
 */
public record ProductionDetails(
    UUID videoId,
    String workspaceId,
    JobState state,
    int generation,
    int attempts,
    String lastError,
    CancellationDetails cancellation,
    Instant startedAt,
    Instant finishedAt,
    List<Clip> clips,
    Output output) {

  /** The rendered files, as absolute paths, and the video's hex SHA-256. */
  public record Output(String video, double durationSeconds, long sizeBytes, String videoSha256, String voiceOver,
      String thumbnail, List<Clip> clips) {

    static Output of(RenderedVideo video) {
      return new Output(video.video().toString(), video.durationSeconds(), video.sizeBytes(), video.sha256(),
          video.voiceOver().toString(), video.thumbnail().toString(),
          video.clips().stream().map(Clip::of).toList());
    }
  }

  /** One scene's clip and the generation that rendered it. */
  public record Clip(int index, int generation, String location, double durationSeconds, long sizeBytes) {
    static Clip of(RenderedClip clip) {
      return new Clip(clip.index(), clip.generation(), clip.location().toString(), clip.durationSeconds(),
          clip.sizeBytes());
    }
  }

  public record CancellationDetails(String by, String reason, Instant at) {
    static CancellationDetails of(Cancellation cancellation) {
      return new CancellationDetails(cancellation.by(), cancellation.reason(), cancellation.at());
    }
  }

  static ProductionDetails of(ProductionJob job) {
    return new ProductionDetails(job.videoId(), job.workspaceId(), job.state(), job.generation(), job.attempts(),
        job.lastError().orElse(null), job.cancellation().map(CancellationDetails::of).orElse(null),
        job.startedAt().orElse(null), job.finishedAt().orElse(null),
        job.clips().stream().map(Clip::of).toList(),
        job.output().map(Output::of).orElse(null));
  }
}
