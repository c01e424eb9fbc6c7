package io.ytautopilot.production.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.events.ProductionEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The production use cases, each one short transaction around a render that runs outside any:
 * start (or restart) a video's job, record its failure, or record its result together with the
 * inbox claim and the AssetsGenerated event.
 */
@ApplicationScoped
public class ProductionWorkflow {
  static final String CONSUMER = "production-service";
  private static final String AGGREGATE = "Video";

  private final ProductionJobRepository jobs;
  private final ProductionEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public ProductionWorkflow(ProductionJobRepository jobs, ProductionEventMapper events, Outbox outbox, Inbox inbox) {
    this.jobs = jobs;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
  }

  /** @return false when the video is already produced, so there is nothing to render */
  @WithTransaction
  public Uni<Boolean> start(UUID videoId, String workspaceId) {
    var now = Instant.now();
    return jobs.findById(videoId).chain(row -> {
      if (row == null) {
        return jobs.persist(ProductionJobEntity.of(ProductionJob.start(videoId, workspaceId, now))).replaceWith(true);
      }
      var job = row.toDomain();
      if (job.isDone()) {
        return Uni.createFrom().item(false);
      }
      job.restart(now);
      row.copyFrom(job);
      return Uni.createFrom().item(true);
    });
  }

  @WithTransaction
  public Uni<Void> fail(UUID videoId, String error) {
    var now = Instant.now();
    return change(videoId, job -> job.fail(error, now));
  }

  @WithTransaction
  public Uni<Void> finish(String eventId, UUID videoId, RenderedVideo rendered) {
    var now = Instant.now();
    return inbox.handleOnce(eventId, CONSUMER, () -> load(videoId).chain(row -> {
      var job = row.toDomain();
      job.finish(rendered, now);
      row.copyFrom(job);
      return outbox.append(AGGREGATE, videoId.toString(), Topics.ASSETS_GENERATED, events.assetsGenerated(job, now));
    }));
  }

  /** @return the job, or null when the video has none */
  @WithSession
  public Uni<ProductionJob> find(UUID videoId) {
    return jobs.findById(videoId).map(row -> row == null ? null : row.toDomain());
  }

  private Uni<Void> change(UUID videoId, Consumer<ProductionJob> transition) {
    return load(videoId).invoke(row -> {
      var job = row.toDomain();
      transition.accept(job);
      row.copyFrom(job);
    }).replaceWithVoid();
  }

  private Uni<ProductionJobEntity> load(UUID videoId) {
    return jobs.findById(videoId).onItem().ifNull()
        .failWith(() -> new IllegalStateException("video " + videoId + " has no production job"));
  }
}
