package io.ytautopilot.production.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.production.domain.Admission;
import io.ytautopilot.production.domain.Cancellation;
import io.ytautopilot.production.domain.CostEstimator;
import io.ytautopilot.production.domain.GenerationCost;
import io.ytautopilot.production.domain.GenerationFailure;
import io.ytautopilot.production.domain.JobState;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.ProductionOrder;
import io.ytautopilot.production.domain.RegenerationOrder;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.ScriptDraft;
import io.ytautopilot.production.events.ProductionEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The production use cases, each one short transaction around a render that runs outside any:
 * admit an approval or a regeneration request (announcing the generation, or refusing it), record
 * a render's result or failure with what it cost, and cancel a video; and, before any of it, price
 * a drafted script. Each locks the job row, so a cancellation and
 * a render's result never overwrite each other. The inbox claim is made with the outcome, not on
 * admission, so that a render interrupted by a crash is resumed when its event is delivered again.
 */
@ApplicationScoped
public class ProductionWorkflow {
  static final String CONSUMER = "production-service";
  private static final String AGGREGATE = "Video";

  private final ProductionJobRepository jobs;
  private final CostEstimateRepository estimates;
  private final GenerationCostRepository generationCosts;
  private final CostEstimator costs;
  private final ProductionEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public ProductionWorkflow(ProductionJobRepository jobs, CostEstimateRepository estimates,
      GenerationCostRepository generationCosts, CostEstimator costs, ProductionEventMapper events, Outbox outbox,
      Inbox inbox) {
    this.jobs = jobs;
    this.estimates = estimates;
    this.generationCosts = generationCosts;
    this.costs = costs;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
  }

  /**
   * ScriptDrafted: prices the revision for its Gate 1 reviewer (CostEstimated). A revision's script
   * never changes, so it is priced once; nothing else happens before an approval.
   */
  @WithTransaction
  public Uni<Void> estimate(String eventId, ScriptDraft draft) {
    var now = Instant.now();
    var key = new CostEstimateEntity.Key(draft.videoId(), draft.revision());
    return inbox.handleOnce(eventId, CONSUMER, () -> estimates.findById(key).chain(priced -> {
      if (priced != null) {
        Log.infof("video %s: revision %d was priced already (%s); event %s changes nothing", draft.videoId(),
            draft.revision(), priced.estimatedAt, eventId);
        return Uni.createFrom().voidItem();
      }
      var estimate = costs.estimate(draft.scenes());
      return estimates.persist(CostEstimateEntity.of(draft.videoId(), draft.revision(), draft.workspaceId(),
              estimate, now))
          .chain(() -> outbox.append(AGGREGATE, draft.videoId().toString(), Topics.COST_ESTIMATED,
              events.costEstimated(draft, estimate, now)));
    }));
  }

  /**
   * ScriptApproved: creates or moves the job and, in the same transaction, announces the
   * generation (GenerationStarted) or its failure (GenerationFailed).
   *
   * @param intactClips indexes of the job's clips whose files are still intact, so reusable
   */
  @WithTransaction
  public Uni<Admission> admitApproval(String eventId, ProductionOrder order, Set<Integer> intactClips) {
    var now = Instant.now();
    return lock(order.videoId()).chain(row -> {
      if (row == null) {
        var started = ProductionJob.start(order, now);
        return jobs.persist(ProductionJobEntity.of(started.job()))
            .chain(() -> announce(eventId, order.videoId(), order.workspaceId(), started.admission(), now));
      }
      var job = row.toDomain();
      var admission = job.approve(order, intactClips, now);
      row.copyFrom(job);
      return announce(eventId, order.videoId(), order.workspaceId(), admission, now);
    });
  }

  /** ScenesRegenerationRequested, like {@link #admitApproval}; a video without a job is refused. */
  @WithTransaction
  public Uni<Admission> admitRegeneration(String eventId, RegenerationOrder order, Set<Integer> intactClips) {
    var now = Instant.now();
    return lock(order.videoId()).chain(row -> {
      if (row == null) {
        return announce(eventId, order.videoId(), order.workspaceId(), ProductionJob.regenerationWithoutJob(order),
            now);
      }
      var job = row.toDomain();
      var admission = job.regenerate(order, intactClips, now);
      row.copyFrom(job);
      return announce(eventId, order.videoId(), order.workspaceId(), admission, now);
    });
  }

  @WithTransaction
  public Uni<Void> finish(String eventId, UUID videoId, int generation, RenderedVideo rendered) {
    var now = Instant.now();
    return inbox.handleOnce(eventId, CONSUMER, () -> load(videoId).chain(row -> {
      var job = row.toDomain();
      if (!job.finish(generation, rendered, now)) {
        Log.warnf("video %s: the render of generation %d is discarded, the job has moved on (%s, generation %d)",
            videoId, generation, job.state(), job.generation());
        return Uni.createFrom().voidItem();
      }
      row.copyFrom(job);
      var cost = new GenerationCost(generation, JobState.DONE,
          costs.finishedGeneration(job.scenesRenderedIn(generation)));
      return generationCosts.persist(GenerationCostEntity.of(videoId, cost, now))
          .chain(() -> outbox.append(AGGREGATE, videoId.toString(), Topics.ASSETS_GENERATED,
              events.assetsGenerated(job, cost.cost(), now)));
    }));
  }

  /** @param rendered the clips that did render, kept for the next generation */
  @WithTransaction
  public Uni<Void> fail(String eventId, UUID videoId, int generation, GenerationFailure failure,
      List<RenderedClip> rendered) {
    var now = Instant.now();
    return inbox.handleOnce(eventId, CONSUMER, () -> load(videoId).chain(row -> {
      var job = row.toDomain();
      if (!job.fail(generation, failure, rendered, now)) {
        Log.warnf("video %s: the failure of generation %d is not recorded, the job has moved on (%s, generation %d)",
            videoId, generation, job.state(), job.generation());
        return Uni.createFrom().voidItem();
      }
      row.copyFrom(job);
      // the scenes that did render were paid for, and are reused by the retry at no cost
      var cost = new GenerationCost(generation, JobState.FAILED,
          costs.failedGeneration(job.scenesRenderedIn(generation)));
      return generationCosts.persist(GenerationCostEntity.of(videoId, cost, now))
          .chain(() -> outbox.append(AGGREGATE, videoId.toString(), Topics.GENERATION_FAILED,
              events.generationFailed(videoId, job.workspaceId(), generation, failure, cost.cost().total(), now)));
    }));
  }

  /** VideoCancelled: a video production has not heard of yet gets a marker, so its approval is refused. */
  @WithTransaction
  public Uni<Void> cancel(String eventId, UUID videoId, String workspaceId, Cancellation cancellation) {
    return inbox.handleOnce(eventId, CONSUMER, () -> lock(videoId).chain(row -> {
      Log.infof("video %s cancelled by %s: %s; it is not rendered again", videoId, cancellation.by(),
          cancellation.reason());
      if (row == null) {
        return jobs.persist(ProductionJobEntity.of(
            ProductionJob.cancelledBeforeApproval(videoId, workspaceId, cancellation))).replaceWithVoid();
      }
      var job = row.toDomain();
      job.cancel(cancellation);
      row.copyFrom(job);
      return Uni.createFrom().voidItem();
    }));
  }

  /** @return the job, or null when the video has none */
  @WithSession
  public Uni<ProductionJob> find(UUID videoId) {
    return jobs.findById(videoId).map(row -> row == null ? null : row.toDomain());
  }

  /** @return the job with its estimate and generation costs, or null when the video has no job */
  @WithSession
  public Uni<ProductionRecord> details(UUID videoId) {
    return jobs.findById(videoId).chain(row -> {
      if (row == null) {
        return Uni.createFrom().nullItem();
      }
      var job = row.toDomain();
      return estimates.findById(new CostEstimateEntity.Key(videoId, job.revision()))
          .chain(estimate -> generationCosts.ofVideo(videoId)
              .map(generations -> new ProductionRecord(job,
                  Optional.ofNullable(estimate).map(CostEstimateEntity::toDomain),
                  generations.stream().map(GenerationCostEntity::toDomain).toList())));
    });
  }

  private Uni<Admission> announce(String eventId, UUID videoId, String workspaceId, Admission admission,
      Instant now) {
    if (admission instanceof Admission.Render render && render.announce()) {
      return outbox.append(AGGREGATE, videoId.toString(), Topics.GENERATION_STARTED,
              events.generationStarted(videoId, workspaceId, render.generation(), render.toRender().size(), now))
          .replaceWith(admission);
    }
    if (admission instanceof Admission.Refuse refuse) {
      // the refusal is the event's whole outcome: claim it with the GenerationFailed
      return inbox.handleOnce(eventId, CONSUMER, () -> outbox.append(AGGREGATE, videoId.toString(),
              Topics.GENERATION_FAILED,
              events.generationFailed(videoId, workspaceId, refuse.generation(), refuse.failure(), 0, now)))
          .replaceWith(admission);
    }
    return Uni.createFrom().item(admission);
  }

  /** Like {@link #lock}, for a job that must exist: the one just rendered. */
  private Uni<ProductionJobEntity> load(UUID videoId) {
    return lock(videoId).onItem().ifNull()
        .failWith(() -> new IllegalStateException("video " + videoId + " has no production job"));
  }

  /** The job row, locked until the transaction ends; null when the video has none. */
  private Uni<ProductionJobEntity> lock(UUID videoId) {
    return jobs.findById(videoId, LockModeType.PESSIMISTIC_WRITE);
  }
}
