package io.ytautopilot.production.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.logging.Log;
import io.ytautopilot.production.domain.Admission;
import io.ytautopilot.production.domain.GenerationFailure;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.ProductionOrder;
import io.ytautopilot.production.domain.RegenerationOrder;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneError;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.VideoRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces a generation of one video on the caller's worker thread. The render takes seconds, so
 * it runs between two transactions rather than inside one: admission, then the outcome. A crash in
 * between leaves the job RENDERING and the record unacknowledged, and the redelivery resumes the
 * render, reusing the clips that are still intact. A failed render is an outcome like a finished
 * one (GenerationFailed), not an error: only a record that cannot be handled at all fails the call.
 */
@ApplicationScoped
public class VideoProduction {
  private final ProductionWorkflow workflow;
  private final VideoRenderer renderer;
  private final Path mediaDir;

  public VideoProduction(ProductionWorkflow workflow, VideoRenderer renderer,
      @ConfigProperty(name = "yt.media.dir") Path mediaDir) {
    this.workflow = workflow;
    this.renderer = renderer;
    this.mediaDir = mediaDir;
  }

  /** ScriptApproved. Blocks: call it from a worker thread, never the event loop. */
  public void produce(String eventId, ProductionOrder order) {
    var intact = intactClips(order.videoId());
    carryOut(eventId, order.videoId(), await(() -> workflow.admitApproval(eventId, order, intact)));
  }

  /** ScenesRegenerationRequested. Blocks: call it from a worker thread, never the event loop. */
  public void regenerate(String eventId, RegenerationOrder order) {
    var intact = intactClips(order.videoId());
    carryOut(eventId, order.videoId(), await(() -> workflow.admitRegeneration(eventId, order, intact)));
  }

  /** Checked on this worker thread, before the admission's transaction, which must not wait on the disk. */
  private Set<Integer> intactClips(UUID videoId) {
    ProductionJob job = await(() -> workflow.find(videoId));
    return job == null ? Set.of() : job.clips().stream()
        .filter(renderer::isIntact)
        .map(RenderedClip::index)
        .collect(Collectors.toSet());
  }

  private void carryOut(String eventId, UUID videoId, Admission admission) {
    if (admission instanceof Admission.Ignore ignore) {
      Log.infof("video %s: event %s ignored, %s", videoId, eventId, ignore.why());
    } else if (admission instanceof Admission.Refuse refuse) {
      Log.warnf("video %s: generation %d refused, %s", videoId, refuse.generation(), refuse.failure().reason());
    } else {
      render(eventId, videoId, (Admission.Render) admission);
    }
  }

  /** Renders every scene it can, then joins them only if all rendered; the clips made are kept either way. */
  private void render(String eventId, UUID videoId, Admission.Render render) {
    Path dir = mediaDir.resolve(videoId.toString());
    Log.infof("video %s: generation %d renders scenes %s, reuses %s", videoId, render.generation(),
        render.toRender().stream().map(SceneScript::index).toList(),
        render.reused().stream().map(RenderedClip::index).toList());
    List<RenderedClip> clips = new ArrayList<>(render.reused());
    List<SceneError> errors = new ArrayList<>();
    for (SceneScript scene : render.toRender()) {
      try {
        clips.add(renderer.renderScene(scene, render.generation(), dir));
      } catch (RuntimeException e) {
        errors.add(new SceneError(scene.index(), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      fail(eventId, videoId, render.generation(), GenerationFailure.ofScenes(errors, render.toRender().size()), clips);
      return;
    }
    RenderedVideo video;
    try {
      video = renderer.assemble(render.script(), clips, dir);
    } catch (RuntimeException e) {
      fail(eventId, videoId, render.generation(), GenerationFailure.of(e.getMessage()), clips);
      return;
    }
    await(() -> workflow.finish(eventId, videoId, render.generation(), video));
  }

  private void fail(String eventId, UUID videoId, int generation, GenerationFailure failure, List<RenderedClip> clips) {
    Log.warnf("video %s: generation %d failed, %s", videoId, generation, failure.reason());
    await(() -> workflow.fail(eventId, videoId, generation, failure, clips));
  }
}
