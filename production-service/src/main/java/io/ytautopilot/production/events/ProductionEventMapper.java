package io.ytautopilot.production.events;

import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.CostEstimated;
import io.ytautopilot.events.CostLine;
import io.ytautopilot.events.GenerationFailed;
import io.ytautopilot.events.GenerationProgress;
import io.ytautopilot.events.GenerationStarted;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.SceneClip;
import io.ytautopilot.events.SceneFailure;
import io.ytautopilot.events.ScenesRegenerationRequested;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.production.domain.Cancellation;
import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.GenerationFailure;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.ProgressReport;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.ProductionOrder;
import io.ytautopilot.production.domain.RegenerationOrder;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.ScriptDraft;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Translates between the Avro contracts and the production domain, in both directions. A record
 * that cannot be translated (a video id that is no UUID, a generation or revision below 1, a negative
 * scene duration) fails here, and is dead-lettered. ScriptApproved's description and tags are for
 * publishing; production does not use them.
 */
@ApplicationScoped
public class ProductionEventMapper {

  public ProductionOrder toOrder(ScriptApproved event) {
    return new ProductionOrder(UUID.fromString(event.getVideoId()), event.getWorkspaceId(), event.getRevision(),
        event.getGeneration(), event.getTitle(), scenes(event.getScenes()));
  }

  /** Only the visual plan matters to production before an approval: it prices it. */
  public ScriptDraft toDraft(ScriptDrafted event) {
    return new ScriptDraft(UUID.fromString(event.getVideoId()), event.getWorkspaceId(), event.getRevision(),
        scenes(event.getScenes()));
  }

  public RegenerationOrder toRegeneration(ScenesRegenerationRequested event) {
    return new RegenerationOrder(UUID.fromString(event.getVideoId()), event.getWorkspaceId(), event.getGeneration(),
        event.getScenes());
  }

  public Cancellation toCancellation(VideoCancelled event) {
    return new Cancellation(event.getCancelledBy(), event.getReason(), event.getOccurredAt());
  }

  public CostEstimated costEstimated(ScriptDraft draft, Cost estimate, Instant now) {
    return CostEstimated.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(draft.videoId().toString())
        .setWorkspaceId(draft.workspaceId())
        .setRevision(draft.revision())
        .setEstimatedCost(estimate.total())
        .setLines(lines(estimate))
        .build();
  }

  public GenerationStarted generationStarted(UUID videoId, String workspaceId, int generation, int scenes,
      Instant now) {
    return GenerationStarted.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(videoId.toString())
        .setWorkspaceId(workspaceId)
        .setGeneration(generation)
        .setScenes(scenes)
        .build();
  }

  /** @param spent USD paid for what rendered before the failure */
  public GenerationFailed generationFailed(UUID videoId, String workspaceId, int generation,
      GenerationFailure failure, double spent, Instant now) {
    return GenerationFailed.newBuilder()
        .setActualCost(spent)
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(videoId.toString())
        .setWorkspaceId(workspaceId)
        .setGeneration(generation)
        .setReason(failure.reason())
        .setFailedScenes(failure.failedScenes().stream()
            .map(scene -> SceneFailure.newBuilder().setIndex(scene.index()).setError(scene.error()).build())
            .toList())
        .build();
  }

  public GenerationProgress generationProgress(UUID videoId, String workspaceId, int generation,
      ProgressReport progress, Instant now) {
    return GenerationProgress.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(videoId.toString())
        .setWorkspaceId(workspaceId)
        .setGeneration(generation)
        .setStage(progress.stage().name())
        .setScenesDone(progress.scenesDone())
        .setScenesFailed(progress.scenesFailed())
        .setScenesTotal(progress.scenesTotal())
        .setPercent(progress.percent())
        .setEtaSeconds(progress.etaSeconds().orElse(null))
        .setMessage(progress.message())
        .build();
  }

  /**
   * Every location is an absolute path, so review and publish find the files without knowing the media folder.
   *
   * @param actualCost what this generation rendered, priced
   */
  public AssetsGenerated assetsGenerated(ProductionJob job, Cost actualCost, MediaFormat format, Instant now) {
    RenderedVideo output = job.output()
        .orElseThrow(() -> new IllegalStateException("video " + job.videoId() + " has no rendered output"));
    return AssetsGenerated.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(job.videoId().toString())
        .setWorkspaceId(job.workspaceId())
        .setGeneration(job.generation())
        .setVideoLocation(output.video().toString())
        .setVideoDurationSeconds(output.durationSeconds())
        .setVideoSizeBytes(output.sizeBytes())
        .setVideoSha256(output.sha256())
        .setThumbnailSha256(output.thumbnailSha256())
        .setVoiceOverLocation(output.voiceOver().toString())
        .setThumbnailLocation(output.thumbnail().toString())
        .setClips(output.clips().stream()
            .map(clip -> SceneClip.newBuilder()
                .setIndex(clip.index())
                .setLocation(clip.location().toString())
                .setDurationSeconds(clip.durationSeconds())
                .setSizeBytes(clip.sizeBytes())
                .build())
            .toList())
        .setActualCost(actualCost.total())
        .setCostLines(lines(actualCost))
        .setPlaceholderScenes(job.placeholders().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(placeholder -> SceneFailure.newBuilder()
                .setIndex(placeholder.getKey()).setError(placeholder.getValue()).build())
            .toList())
        .setSubtitlesLocation(output.subtitles().map(Path::toString).orElse(""))
        .setFormat(format.kind().name())
        .setWidth(format.width())
        .setHeight(format.height())
        .build();
  }

  private static List<SceneScript> scenes(List<Scene> scenes) {
    return scenes.stream()
        .map(scene -> new SceneScript(scene.getIndex(), scene.getNarration(), scene.getOnScreenText(),
            scene.getVisualPrompt(), scene.getDurationSeconds()))
        .toList();
  }

  private static List<CostLine> lines(Cost cost) {
    return cost.lines().stream()
        .map(line -> CostLine.newBuilder()
            .setItem(line.item())
            .setProvider(line.provider())
            .setUnits(line.units())
            .setUnitPrice(line.unitPrice())
            .setCost(line.cost())
            .build())
        .toList();
  }
}
