package io.ytautopilot.production.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.logging.Log;
import io.ytautopilot.production.domain.ProductionFailed;
import io.ytautopilot.production.domain.ProductionOrder;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.VideoRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces one video on the caller's worker thread. The render takes seconds, so it runs between
 * two transactions rather than inside one: a crash in between leaves the job RENDERING and the
 * record unacknowledged, and the redelivery renders again into the same folder.
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

  /**
   * Blocks: call it from a worker thread, never the event loop.
   *
   * @throws ProductionFailed when the order cannot be rendered; the job then shows why
   */
  public void produce(String eventId, ProductionOrder order) {
    if (!await(() -> workflow.start(order.videoId(), order.workspaceId()))) {
      Log.infof("video %s is already produced; event %s ignored", order.videoId(), eventId);
      return;
    }
    RenderedVideo rendered;
    try {
      rendered = renderer.render(order.renderRequest(), mediaDir.resolve(order.videoId().toString()));
    } catch (RuntimeException e) {
      await(() -> workflow.fail(order.videoId(), e.getMessage()));
      throw new ProductionFailed(order.videoId(), e);
    }
    await(() -> workflow.finish(eventId, order.videoId(), rendered));
  }
}
