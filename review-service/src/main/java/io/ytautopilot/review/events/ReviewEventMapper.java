package io.ytautopilot.review.events;

import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.Video;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Translates between the Avro contracts and the review domain, in both directions. */
@ApplicationScoped
public class ReviewEventMapper {

  public Script toScript(ScriptDrafted event) {
    return new Script(event.getRevision(), event.getTopic(), event.getTitle(), event.getDescription(),
        event.getTags(), event.getHook(), event.getCallToAction(),
        event.getScenes().stream()
            .map(scene -> new Script.Scene(scene.getIndex(), scene.getNarration(), scene.getVisualPrompt(),
                scene.getOnScreenText(), scene.getDurationSeconds()))
            .toList());
  }

  public Assets toAssets(AssetsGenerated event) {
    return new Assets(event.getVideoLocation(), event.getVideoDurationSeconds(), event.getVideoSizeBytes(),
        event.getVoiceOverLocation(), event.getThumbnailLocation(),
        event.getClips().stream()
            .map(clip -> new Assets.Clip(clip.getIndex(), clip.getLocation(), clip.getDurationSeconds(),
                clip.getSizeBytes()))
            .toList());
  }

  public ScriptApproved scriptApproved(Video video, String eventId, Instant now) {
    Approval approval = video.scriptApproval().orElseThrow();
    Script script = video.script();
    return ScriptApproved.newBuilder()
        .setEventId(eventId)
        .setOccurredAt(now)
        .setVideoId(video.id().toString())
        .setWorkspaceId(video.workspaceId())
        .setRevision(script.revision())
        .setApprovedBy(approval.reviewer())
        .setComment(approval.comment())
        .setTitle(script.title())
        .setScenes(script.scenes().stream()
            .map(scene -> new io.ytautopilot.events.Scene(scene.index(), scene.narration(), scene.visualPrompt(),
                scene.onScreenText(), scene.durationSeconds()))
            .toList())
        .build();
  }

  /** Carries both approvals, so a subscriber can verify them before it publishes anything. */
  public VideoApproved videoApproved(Video video, String eventId, Instant now) {
    Approval gate1 = video.scriptApproval()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no Gate 1 approval"));
    Approval gate2 = video.videoApproval()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no Gate 2 approval"));
    Assets assets = video.assets()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no assets"));
    return VideoApproved.newBuilder()
        .setEventId(eventId)
        .setOccurredAt(now)
        .setVideoId(video.id().toString())
        .setWorkspaceId(video.workspaceId())
        .setScriptApprovedBy(gate1.reviewer())
        .setScriptApprovedAt(gate1.at())
        .setVideoApprovedBy(gate2.reviewer())
        .setVideoApprovedAt(gate2.at())
        .setComment(gate2.comment())
        .setTitle(video.script().title())
        .setDescription(video.script().description())
        .setTags(video.script().tags())
        .setVideoLocation(assets.videoLocation())
        .setThumbnailLocation(assets.thumbnailLocation())
        .build();
  }
}
