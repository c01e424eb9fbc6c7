package io.ytautopilot.review.events;

import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.ChangesRequested;
import io.ytautopilot.events.CostEstimated;
import io.ytautopilot.events.CostLine;
import io.ytautopilot.events.GenerationProgress;
import io.ytautopilot.events.ScenesRegenerationRequested;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.ScriptRejected;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.Change;
import io.ytautopilot.review.domain.Cost;
import io.ytautopilot.review.domain.Drafting;
import io.ytautopilot.review.domain.Progress;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.Signed;
import io.ytautopilot.review.domain.Video;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/** Translates between the Avro contracts and the review domain, in both directions. */
@ApplicationScoped
public class ReviewEventMapper {
  static final String EDITORIAL = "editorial-service";

  /** An event to emit: its id (named in the history), its topic and the record. */
  public record Outgoing(String eventId, String topic, SpecificRecord record) {}

  public Script toScript(ScriptDrafted event) {
    return new Script(event.getRevision(), event.getTopic(), event.getTitle(), event.getDescription(),
        event.getTags(), event.getHook(), event.getCallToAction(),
        event.getScenes().stream()
            .map(scene -> new Script.Scene(scene.getIndex(), scene.getNarration(), scene.getVisualPrompt(),
                scene.getOnScreenText(), scene.getDurationSeconds()))
            .toList(),
        event.getAnswersNotes(), EDITORIAL,
        event.getChapters().stream().map(chapter -> new Script.Chapter(chapter.getStartSeconds(), chapter.getTitle()))
            .toList(),
        drafting(event));
  }

  private static Drafting drafting(ScriptDrafted event) {
    return new Drafting(event.getSelectionReason(),
        event.getComplianceFindings().stream()
            .map(finding -> new Drafting.Finding(finding.getRule(), finding.getSeverity(), finding.getMessage(),
                finding.getExcerpt(), finding.getLocation()))
            .toList(),
        event.getModelCalls().stream()
            .map(call -> new Drafting.ModelCall(call.getPhase(), call.getProvider(), call.getModel(),
                call.getInputTokens(), call.getOutputTokens(), call.getLatencyMillis(), call.getCostUsd(),
                call.getOutcome()))
            .toList(),
        event.getPromptVariants(), event.getTargetFormat());
  }

  public Assets toAssets(AssetsGenerated event) {
    return new Assets(event.getGeneration(), event.getVideoLocation(), event.getVideoSha256(),
        event.getVideoDurationSeconds(), event.getVideoSizeBytes(), event.getVoiceOverLocation(),
        event.getThumbnailLocation(), event.getThumbnailSha256(),
        event.getClips().stream()
            .map(clip -> new Assets.Clip(clip.getIndex(), clip.getLocation(), clip.getDurationSeconds(),
                clip.getSizeBytes()))
            .toList(),
        event.getActualCost(), lines(event.getCostLines()),
        event.getPlaceholderScenes().stream()
            .map(failure -> new Assets.Placeholder(failure.getIndex(), failure.getError()))
            .toList(),
        event.getSubtitlesLocation(), event.getFormat(), event.getWidth(), event.getHeight());
  }

  public Progress toProgress(GenerationProgress event) {
    return new Progress(event.getGeneration(), event.getStage(), event.getScenesDone(), event.getScenesFailed(),
        event.getScenesTotal(), event.getPercent(), event.getEtaSeconds(), event.getMessage(), event.getOccurredAt());
  }

  public Cost toCost(CostEstimated event) {
    return new Cost(event.getRevision(), event.getEstimatedCost(), lines(event.getLines()));
  }

  private static List<Cost.Line> lines(List<CostLine> lines) {
    return lines.stream()
        .map(line -> new Cost.Line(line.getItem(), line.getProvider(), line.getUnits(), line.getUnitPrice(),
            line.getCost()))
        .toList();
  }

  /** The event a change emits, if its transition has an effect; its time is the change's. */
  public Optional<Outgoing> effect(Video video, Change change) {
    var id = UUID.randomUUID().toString();
    var at = change.entry().at();
    return Optional.ofNullable(switch (change.effect()) {
      case NONE -> null;
      case SCRIPT_APPROVED -> new Outgoing(id, Topics.SCRIPT_APPROVED, scriptApproved(video, id, at));
      case CHANGES_REQUESTED -> new Outgoing(id, Topics.CHANGES_REQUESTED, ChangesRequested.newBuilder()
          .setEventId(id).setOccurredAt(at).setVideoId(video.id().toString()).setWorkspaceId(video.workspaceId())
          .setRevision(video.script().revision()).setRequestedBy(change.entry().actor())
          .setNotes(change.entry().comment())
          .build());
      case SCRIPT_REJECTED -> new Outgoing(id, Topics.SCRIPT_REJECTED, ScriptRejected.newBuilder()
          .setEventId(id).setOccurredAt(at).setVideoId(video.id().toString()).setWorkspaceId(video.workspaceId())
          .setRevision(video.script().revision()).setRejectedBy(change.entry().actor())
          .setReason(change.entry().comment())
          .build());
      case SCENES_REGENERATION_REQUESTED -> new Outgoing(id, Topics.SCENES_REGENERATION_REQUESTED,
          ScenesRegenerationRequested.newBuilder()
              .setEventId(id).setOccurredAt(at).setVideoId(video.id().toString())
              .setWorkspaceId(video.workspaceId()).setGeneration(video.generation())
              .setScenes(video.scenesToRegenerate()).setRequestedBy(change.entry().actor())
              .setNotes(change.entry().comment())
              .build());
      case VIDEO_APPROVED -> new Outgoing(id, Topics.VIDEO_APPROVED, videoApproved(video, id, at));
      case VIDEO_CANCELLED -> new Outgoing(id, Topics.VIDEO_CANCELLED, VideoCancelled.newBuilder()
          .setEventId(id).setOccurredAt(at).setVideoId(video.id().toString()).setWorkspaceId(video.workspaceId())
          .setCancelledBy(change.entry().actor()).setReason(change.entry().comment())
          .build());
    });
  }

  /** Sent at Gate 1 approval and again, with the next generation, by a retry. */
  ScriptApproved scriptApproved(Video video, String eventId, Instant now) {
    Approval approval = video.scriptApproval().orElseThrow();
    Script script = video.script();
    return ScriptApproved.newBuilder()
        .setEventId(eventId)
        .setOccurredAt(now)
        .setVideoId(video.id().toString())
        .setWorkspaceId(video.workspaceId())
        .setRevision(script.revision())
        .setGeneration(video.generation())
        .setApprovedBy(approval.reviewer())
        .setComment(approval.comment())
        .setTitle(script.title())
        .setDescription(script.description())
        .setTags(script.tags())
        .setScenes(script.scenes().stream()
            .map(scene -> new io.ytautopilot.events.Scene(scene.index(), scene.narration(), scene.visualPrompt(),
                scene.onScreenText(), scene.durationSeconds()))
            .toList())
        .build();
  }

  /**
   * Carries the Gate 2 statement signed when the reviewer approved, and the authorisation signed by
   * the latest retry: sent again as signed, never signed anew here.
   */
  VideoApproved videoApproved(Video video, String eventId, Instant now) {
    Signed statement = video.publicationStatement()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no signed Gate 2 statement"));
    Assets assets = video.assets()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no assets"));
    return VideoApproved.newBuilder()
        .setEventId(eventId)
        .setOccurredAt(now)
        .setVideoId(video.id().toString())
        .setWorkspaceId(video.workspaceId())
        .setComment(video.videoApproval().map(Approval::comment).orElse(null))
        .setVideoLocation(assets.videoLocation())
        .setThumbnailLocation(assets.thumbnailLocation())
        .setStatement(StatementSigner.avro(statement))
        .setRetry(video.retryAuthorisation().map(StatementSigner::avro).orElse(null))
        .build();
  }
}
