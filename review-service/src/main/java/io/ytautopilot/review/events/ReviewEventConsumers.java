package io.ytautopilot.review.events;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.review.persistence.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin transport adapter: decode, delegate, and let a failure nack the record (dead-letter topic). */
@ApplicationScoped
public class ReviewEventConsumers {
  private final ReviewWorkflow workflow;
  private final ReviewEventMapper mapper;

  public ReviewEventConsumers(ReviewWorkflow workflow, ReviewEventMapper mapper) {
    this.workflow = workflow;
    this.mapper = mapper;
  }

  @Incoming("script-drafted")
  public Uni<Void> onScriptDrafted(ScriptDrafted event) {
    return workflow.openReview(event.getEventId(), UUID.fromString(event.getVideoId()), event.getWorkspaceId(),
        mapper.toScript(event), event.getOccurredAt());
  }

  @Incoming("assets-generated")
  public Uni<Void> onAssetsGenerated(AssetsGenerated event) {
    return workflow.recordAssets(event.getEventId(), UUID.fromString(event.getVideoId()),
        mapper.toAssets(event), event.getOccurredAt());
  }

  @Incoming("video-published")
  public Uni<Void> onVideoPublished(VideoPublished event) {
    return workflow.recordPublication(event.getEventId(), UUID.fromString(event.getVideoId()),
        event.getLocation(), event.getPublishedAt());
  }
}
