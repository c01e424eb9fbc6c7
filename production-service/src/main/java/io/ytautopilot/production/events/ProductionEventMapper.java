package io.ytautopilot.production.events;

import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.SceneClip;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.ProductionOrder;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneScript;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Translates between the Avro contracts and the production domain, in both directions. */
@ApplicationScoped
public class ProductionEventMapper {

  public ProductionOrder toOrder(ScriptApproved event) {
    return new ProductionOrder(UUID.fromString(event.getVideoId()), event.getWorkspaceId(), event.getTitle(),
        event.getScenes().stream()
            .map(scene -> new SceneScript(scene.getIndex(), scene.getNarration(), scene.getOnScreenText(),
                scene.getVisualPrompt()))
            .toList());
  }

  /** Every location is an absolute path, so review and publish find the files without knowing the media folder. */
  public AssetsGenerated assetsGenerated(ProductionJob job, Instant now) {
    RenderedVideo output = job.output()
        .orElseThrow(() -> new IllegalStateException("video " + job.videoId() + " has no rendered output"));
    return AssetsGenerated.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setVideoId(job.videoId().toString())
        .setWorkspaceId(job.workspaceId())
        .setVideoLocation(output.video().toString())
        .setVideoDurationSeconds(output.durationSeconds())
        .setVideoSizeBytes(output.sizeBytes())
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
        .build();
  }
}
