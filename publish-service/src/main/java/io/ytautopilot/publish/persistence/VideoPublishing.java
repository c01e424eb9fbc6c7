package io.ytautopilot.publish.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.logging.Log;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.PublishTarget;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes one approved video on the caller's worker thread: verify the provenance, export, then
 * record. Copying blocks, so it runs before the transaction that records it rather than inside
 * it; a crash in between leaves the record unacknowledged, and the redelivery exports again over
 * the same files.
 */
@ApplicationScoped
public class VideoPublishing {
  private final PublicationWorkflow workflow;
  private final PublishTarget target;

  public VideoPublishing(PublicationWorkflow workflow, PublishTarget target) {
    this.workflow = workflow;
    this.target = target;
  }

  /** Blocks: call it from a worker thread, never the event loop. */
  public void publish(String eventId, ApprovedVideo video) {
    if (await(() -> workflow.isPublished(video.videoId()))) {
      Log.infof("video %s is already published; event %s ignored", video.videoId(), eventId);
      return;
    }
    var refusal = video.refusalReason();
    if (refusal.isPresent()) {
      Log.errorf("REFUSED to publish video %s (event %s): %s", video.videoId(), eventId, refusal.get());
      await(() -> workflow.refuse(video, refusal.get()));
      return;
    }
    String location = target.publish(video);
    await(() -> workflow.recordPublished(eventId, video, target.name(), location));
    Log.infof("published video %s to %s: %s", video.videoId(), target.name(), location);
  }

}
