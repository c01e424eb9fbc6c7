package io.ytautopilot.production.events;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.events.ScenesRegenerationRequested;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.production.persistence.GenerationQueue;
import io.ytautopilot.production.persistence.ProductionWorkflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Thin transport adapter: decode, delegate, and let a failure nack the record (dead-letter topic).
 * An approval is admitted into the generation queue, not rendered here.
 * The channels run side by side, so two events of one video (an approval and a cancel) may change
 * or create its job at the same moment: the loser runs again on what the winner stored.
 */
@ApplicationScoped
@Retry(retryOn = {OptimisticLockException.class, StaleStateException.class, ConstraintViolationException.class},
    maxRetries = 5, delay = 50, jitter = 50)
public class ProductionEventConsumers {
  private final GenerationQueue queue;
  private final ProductionWorkflow workflow;
  private final ProductionEventMapper mapper;

  public ProductionEventConsumers(GenerationQueue queue, ProductionWorkflow workflow,
      ProductionEventMapper mapper) {
    this.queue = queue;
    this.workflow = workflow;
    this.mapper = mapper;
  }

  @Incoming("script-drafted")
  public Uni<Void> onScriptDrafted(ScriptDrafted event) {
    return workflow.estimate(present(event, Topics.SCRIPT_DRAFTED).getEventId(), mapper.toDraft(event));
  }

  /** Queues the generation; the queue renders it from the database, so the record is done with at once. */
  @Incoming("script-approved")
  public Uni<Void> onScriptApproved(ScriptApproved event) {
    return workflow.admitApproval(present(event, Topics.SCRIPT_APPROVED).getEventId(), mapper.toOrder(event),
        queue.admissionMessage()).replaceWithVoid();
  }

  @Incoming("scenes-regeneration-requested")
  public Uni<Void> onScenesRegenerationRequested(ScenesRegenerationRequested event) {
    return workflow.admitRegeneration(present(event, Topics.SCENES_REGENERATION_REQUESTED).getEventId(),
        mapper.toRegeneration(event), queue.admissionMessage()).replaceWithVoid();
  }

  @Incoming("video-cancelled")
  public Uni<Void> onVideoCancelled(VideoCancelled event) {
    return workflow.cancel(present(event, Topics.VIDEO_CANCELLED).getEventId(), UUID.fromString(event.getVideoId()),
        event.getWorkspaceId(), mapper.toCancellation(event));
  }

  /** Undecodable bytes are dead-lettered by the connector; an empty value arrives as null. */
  private static <T> T present(T event, String topic) {
    if (event == null) {
      throw new IllegalArgumentException("a record on " + topic + " carries no event");
    }
    return event;
  }
}
