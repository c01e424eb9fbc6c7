package io.ytautopilot.production.api;

import io.ytautopilot.production.domain.Cancellation;
import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.GenerationCost;
import io.ytautopilot.production.domain.JobState;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.persistence.ProductionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A video's production job: where it stands, which script revision and generation it is at, how
 * often it was tried, why it failed or who cancelled it, the clips rendered so far (checkpoints), once
 * DONE what it made and which scenes are placeholders (with why each one failed), and what it was
 * estimated to cost against what it did cost.
 */
public record ProductionDetails(
    UUID videoId,
    String workspaceId,
    JobState state,
    int revision,
    int generation,
    int attempts,
    String lastError,
    CancellationDetails cancellation,
    Instant startedAt,
    Instant finishedAt,
    List<Clip> clips,
    Map<Integer, String> placeholders,
    Output output,
    List<StoredFile> storedAssets,
    CostDetails cost) {

  /** A finished file as the asset store keeps it, addressed by its SHA-256. */
  public record StoredFile(int generation, String role, String sha256, String uri, long sizeBytes,
      String contentType) {
    static StoredFile of(ProductionRecord.Stored stored) {
      var asset = stored.asset();
      return new StoredFile(stored.generation(), stored.role(), asset.sha256(), asset.uri().toString(),
          asset.sizeBytes(), asset.contentType());
    }
  }

  /** The rendered files, as absolute paths, and the video's hex SHA-256. */
  public record Output(String video, double durationSeconds, long sizeBytes, String videoSha256, String voiceOver,
      String thumbnail, String subtitles, List<Clip> clips) {

    static Output of(RenderedVideo video) {
      return new Output(video.video().toString(), video.durationSeconds(), video.sizeBytes(), video.sha256(),
          video.voiceOver().toString(), video.thumbnail().toString(),
          video.subtitles().map(Object::toString).orElse(null),
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

  /**
   * USD. {@code estimate} prices the approved revision as drafted (null when production never priced
   * it); {@code actual} is what the generations rendered so far cost, each one listed.
   */
  public record CostDetails(Priced estimate, double actual, List<GenerationCostDetails> generations) {
    static CostDetails of(ProductionRecord record) {
      return new CostDetails(record.estimate().map(Priced::of).orElse(null),
          record.generationCosts().stream().mapToDouble(generation -> generation.cost().total()).sum(),
          record.generationCosts().stream().map(GenerationCostDetails::of).toList());
    }
  }

  public record Priced(double total, List<Line> lines) {
    static Priced of(Cost cost) {
      return new Priced(cost.total(), cost.lines().stream().map(Line::of).toList());
    }
  }

  /** What one generation rendered, priced; a FAILED one paid only for the scenes that did render. */
  public record GenerationCostDetails(int generation, JobState outcome, double total, List<Line> lines) {
    static GenerationCostDetails of(GenerationCost generation) {
      return new GenerationCostDetails(generation.generation(), generation.outcome(), generation.cost().total(),
          generation.cost().lines().stream().map(Line::of).toList());
    }
  }

  public record Line(String item, String provider, double units, double unitPrice, double cost) {
    static Line of(Cost.Line line) {
      return new Line(line.item(), line.provider(), line.units(), line.unitPrice(), line.cost());
    }
  }

  public record CancellationDetails(String by, String reason, Instant at) {
    static CancellationDetails of(Cancellation cancellation) {
      return new CancellationDetails(cancellation.by(), cancellation.reason(), cancellation.at());
    }
  }

  static ProductionDetails of(ProductionRecord record) {
    ProductionJob job = record.job();
    return new ProductionDetails(job.videoId(), job.workspaceId(), job.state(), job.revision(), job.generation(),
        job.attempts(),
        job.lastError().orElse(null), job.cancellation().map(CancellationDetails::of).orElse(null),
        job.startedAt().orElse(null), job.finishedAt().orElse(null),
        job.clips().stream().map(Clip::of).toList(),
        job.placeholders(),
        job.output().map(Output::of).orElse(null),
        record.storedAssets().stream().map(StoredFile::of).toList(),
        CostDetails.of(record));
  }
}
