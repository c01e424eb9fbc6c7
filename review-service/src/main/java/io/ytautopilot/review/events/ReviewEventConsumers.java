package io.ytautopilot.review.events;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.CostEstimated;
import io.ytautopilot.events.GenerationFailed;
import io.ytautopilot.events.GenerationProgress;
import io.ytautopilot.events.GenerationStarted;
import io.ytautopilot.events.PublishFailed;
import io.ytautopilot.events.PublishHeld;
import io.ytautopilot.events.PublishStarted;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.events.WorkspaceConfigured;
import io.ytautopilot.review.domain.ReviewPolicy;
import io.ytautopilot.review.persistence.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.StaleStateException;

/**
 * Thin transport adapter: decode, delegate, and let a failure nack the record (dead-letter topic).
 * Events about one video arrive on several topics at once (GenerationStarted and AssetsGenerated
 * right after each other): when two of them change the video together, the loser's transaction
 * fails on the version column and is run again on the new state, rather than dead-lettered.
 */
@ApplicationScoped
@Retry(retryOn = {OptimisticLockException.class, StaleStateException.class}, maxRetries = 10, delay = 20,
    jitter = 20)
public class ReviewEventConsumers {
  private final ReviewWorkflow workflow;
  private final ReviewEventMapper mapper;

  public ReviewEventConsumers(ReviewWorkflow workflow, ReviewEventMapper mapper) {
    this.workflow = workflow;
    this.mapper = mapper;
  }

  @Incoming("workspaces")
  public Uni<Void> onWorkspaceConfigured(WorkspaceConfigured event) {
    return workflow.workspaceConfigured(event.getWorkspaceId(), event.getVersion(),
        new ReviewPolicy(event.getAllowSelfReview(), event.getBrand().getBannedWords(),
            event.getBrand().getBannedTopics()), event.getOccurredAt());
  }

  @Incoming("script-drafted")
  public Uni<Void> onScriptDrafted(ScriptDrafted event) {
    return workflow.scriptDrafted(event.getEventId(), UUID.fromString(event.getVideoId()), event.getWorkspaceId(),
        mapper.toScript(event), event.getOccurredAt());
  }

  @Incoming("cost-estimated")
  public Uni<Void> onCostEstimated(CostEstimated event) {
    return workflow.costEstimated(event.getEventId(), UUID.fromString(event.getVideoId()), mapper.toCost(event),
        event.getOccurredAt());
  }

  @Incoming("generation-started")
  public Uni<Void> onGenerationStarted(GenerationStarted event) {
    return workflow.onEvent(event.getEventId(), UUID.fromString(event.getVideoId()),
        video -> video.generationStarted(event.getGeneration(), event.getOccurredAt()));
  }

  @Incoming("generation-progress")
  public Uni<Void> onGenerationProgress(GenerationProgress event) {
    return workflow.progressReported(event.getEventId(), UUID.fromString(event.getVideoId()), mapper.toProgress(event));
  }

  @Incoming("assets-generated")
  public Uni<Void> onAssetsGenerated(AssetsGenerated event) {
    return workflow.onEvent(event.getEventId(), UUID.fromString(event.getVideoId()),
        video -> video.assetsGenerated(mapper.toAssets(event), event.getOccurredAt()));
  }

  @Incoming("generation-failed")
  public Uni<Void> onGenerationFailed(GenerationFailed event) {
    return workflow.onEvent(event.getEventId(), UUID.fromString(event.getVideoId()),
        video -> video.generationFailed(event.getGeneration(), event.getReason(), event.getActualCost(),
            event.getOccurredAt()));
  }

  @Incoming("publish-started")
  public Uni<Void> onPublishStarted(PublishStarted event) {
    return workflow.onEvent(event.getEventId(), UUID.fromString(event.getVideoId()),
        video -> video.publishStarted(event.getPublishAttempt(), event.getOccurredAt()));
  }

  @Incoming("video-published")
  public Uni<Void> onVideoPublished(VideoPublished event) {
    return workflow.onEvent(event.getEventId(), UUID.fromString(event.getVideoId()),
        video -> video.published(event.getPublishAttempt(), event.getLocation(), event.getPublishedAt()));
  }

  @Incoming("publish-held")
  public Uni<Void> onPublishHeld(PublishHeld event) {
    return workflow.onEvent(event.getEventId(), UUID.fromString(event.getVideoId()),
        video -> video.publishHeld(event.getPublishAttempt(), event.getReason() + "; publish-service tries again at "
            + event.getRetryAt(), event.getOccurredAt()));
  }

  @Incoming("publish-failed")
  public Uni<Void> onPublishFailed(PublishFailed event) {
    return workflow.onEvent(event.getEventId(), UUID.fromString(event.getVideoId()),
        video -> video.publishFailed(event.getPublishAttempt(), event.getReason(), event.getOccurredAt()));
  }
}
