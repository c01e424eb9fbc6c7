package io.ytautopilot.production.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.production.domain.Admission;
import io.ytautopilot.production.domain.Cancellation;
import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.CostEstimator;
import io.ytautopilot.production.domain.GenerationCost;
import io.ytautopilot.production.domain.GenerationFailure;
import io.ytautopilot.production.domain.JobState;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.ProductionOrder;
import io.ytautopilot.production.domain.ProgressReport;
import io.ytautopilot.production.domain.RegenerationOrder;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.ScriptDraft;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.StoredAsset;
import io.ytautopilot.production.events.ProductionEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The production use cases, each one short transaction; the renders run outside any. Admit an
 * approval or a regeneration request into the queue (announcing it, or refusing it, also for its
 * budget), let the queue claim the next generation, record each rendered scene with what it cost
 * (a checkpoint), record a render's result or failure, cancel a video; and, before any of it, price a
 * drafted script. Each locks the job row, so a cancellation and a render's progress never overwrite
 * each other. An event is claimed in the inbox with its admission: from then on the job in the
 * database, not the Kafka record, carries the work, so a crash loses nothing.
 */
@ApplicationScoped
public class ProductionWorkflow {
  static final String CONSUMER = "production-service";
  private static final String AGGREGATE = "Video";
  // oldest first; an interrupted render (expired lease, or held by an earlier process on this host)
  // before new work. SKIP LOCKED: two instances never claim the same video.
  private static final String NEXT_IN_QUEUE = """
      select video_id from production_job
       where (state = 'QUEUED' and :startQueued)
          or (state = 'RENDERING' and (lease_until is null or lease_until < :now
              or (lease_owner like :sameHost and lease_owner <> :owner)))
       order by (state = 'RENDERING') desc, queued_at nulls first
       limit 1
       for update skip locked""";
  private static final String SPENT_IN_MONTH = """
      select coalesce(sum(line.units * line.unit_price), 0)
        from production_generation_cost_line line
        join production_generation_cost cost
          on cost.video_id = line.video_id and cost.generation = line.generation
        join production_job job on job.video_id = cost.video_id
       where job.workspace_id = :workspace and cost.recorded_at >= :from and cost.recorded_at < :to""";
  private static final String RENEW_LEASE =
      "update production_job set lease_until = :until where video_id = :videoId and lease_owner = :owner";

  private final ProductionJobRepository jobs;
  private final CostEstimateRepository estimates;
  private final GenerationCostRepository generationCosts;
  private final SceneCostRepository sceneCosts;
  private final StoredAssetRepository storedAssets;
  private final CostEstimator costs;
  private final BudgetSettings budgets;
  private final ProductionEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public ProductionWorkflow(ProductionJobRepository jobs, CostEstimateRepository estimates,
      GenerationCostRepository generationCosts, SceneCostRepository sceneCosts, StoredAssetRepository storedAssets,
      CostEstimator costs,
      BudgetSettings budgets, ProductionEventMapper events, Outbox outbox, Inbox inbox) {
    this.jobs = jobs;
    this.estimates = estimates;
    this.generationCosts = generationCosts;
    this.sceneCosts = sceneCosts;
    this.storedAssets = storedAssets;
    this.costs = costs;
    this.budgets = budgets;
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
   * ScriptApproved: creates or moves the job and, in the same transaction, queues the generation
   * (GenerationStarted, GenerationProgress) or refuses it (GenerationFailed).
   *
   * @param queuedMessage what the queued progress says about when it starts
   */
  @WithTransaction
  public Uni<Admission> admitApproval(String eventId, ProductionOrder order, String queuedMessage) {
    var now = Instant.now();
    return admitOnce(eventId, () -> lock(order.videoId()).chain(row -> {
      if (row == null) {
        var started = ProductionJob.start(order, now);
        var created = ProductionJobEntity.of(started.job());
        return jobs.persist(created).chain(() -> settle(created, started.job(), started.admission(), queuedMessage,
            now));
      }
      var job = row.toDomain();
      return settle(row, job, job.approve(order, now), queuedMessage, now);
    }));
  }

  /** ScenesRegenerationRequested, like {@link #admitApproval}; a video without a job is refused. */
  @WithTransaction
  public Uni<Admission> admitRegeneration(String eventId, RegenerationOrder order, String queuedMessage) {
    var now = Instant.now();
    return admitOnce(eventId, () -> lock(order.videoId()).chain(row -> {
      if (row == null) {
        var refuse = ProductionJob.regenerationWithoutJob(order);
        return refused(order.videoId(), order.workspaceId(), refuse, now).replaceWith((Admission) refuse);
      }
      var job = row.toDomain();
      return settle(row, job, job.regenerate(order, now), queuedMessage, now);
    }));
  }

  /**
   * The queue takes the next generation to render, or an interrupted one to resume, and leases it.
   *
   * @param startQueued false outside the queue's schedule or off-peak windows: only interrupted renders
   * @return the claimed job, or null when there is nothing to do
   */
  @WithTransaction
  public Uni<ProductionJob> claimNext(String owner, String sameHostPattern, Instant leaseUntil, boolean startQueued) {
    var now = Instant.now();
    return Panache.getSession()
        .chain(session -> session.createNativeQuery(NEXT_IN_QUEUE, UUID.class)
            .setParameter("startQueued", startQueued)
            .setParameter("now", now)
            .setParameter("sameHost", sameHostPattern)
            .setParameter("owner", owner)
            .getResultList())
        .chain(found -> found.isEmpty() ? Uni.createFrom().nullItem() : lock(found.get(0)).map(row -> {
          var job = row.toDomain();
          if (!job.claim(now)) {
            return null;
          }
          row.copyFrom(job);
          row.leaseOwner = owner;
          row.leaseUntil = leaseUntil;
          return job;
        }));
  }

  /**
   * A checkpoint: one scene's clip and what it cost, with the progress it makes; renews the lease.
   *
   * @return false when the job has moved on (cancelled, or a newer generation): stop rendering it
   */
  @WithTransaction
  public Uni<Boolean> checkpoint(UUID videoId, int generation, RenderedClip clip, List<Cost.Line> cost,
      ProgressReport progress, String owner, Instant leaseUntil) {
    return load(videoId).chain(row -> {
      // read under the row lock: the video's reports are stamped in the order they commit
      var now = Instant.now();
      var job = row.toDomain();
      if (!job.recordClip(generation, clip)) {
        return Uni.createFrom().item(false);
      }
      row.copyFrom(job);
      if (owner.equals(row.leaseOwner)) {
        row.leaseUntil = leaseUntil;
      }
      return sceneCosts.persist(SceneCostEntity.of(videoId, generation, clip.index(), cost, now))
          .chain(() -> report(row, generation, progress, now))
          .replaceWith(true);
    });
  }

  /** Progress without a checkpoint (a failed scene, assembling, waiting in the queue). */
  @WithTransaction
  public Uni<Void> progress(UUID videoId, int generation, ProgressReport progress) {
    return load(videoId).chain(row -> row.generation != generation || isOver(row.state)
        ? Uni.createFrom().voidItem()
        : report(row, generation, progress, Instant.now()));
  }

  /**
   * Records the finished video, bills the generation (its scenes' checkpoints plus {@code videoWork})
   * and announces it (AssetsGenerated).
   *
   * @param placeholders the scenes filled with a placeholder, and why each one failed
   */
  @WithTransaction
  public Uni<Boolean> finish(UUID videoId, int generation, RenderedVideo rendered, Map<Integer, String> placeholders,
      Map<String, StoredAsset> stored, List<Cost.Line> videoWork, MediaFormat format) {
    var now = Instant.now();
    return load(videoId).chain(row -> {
      var job = row.toDomain();
      if (!job.finish(generation, rendered, placeholders, now)) {
        Log.warnf("video %s: the render of generation %d is discarded, the job has moved on (%s, generation %d)",
            videoId, generation, job.state(), job.generation());
        return Uni.createFrom().item(false);
      }
      row.copyFrom(job);
      release(row);
      return sceneCosts.linesOf(videoId, generation).chain(sceneLines -> {
        var lines = new ArrayList<>(sceneLines);
        lines.addAll(videoWork);
        var cost = new GenerationCost(generation, JobState.DONE, new Cost(lines));
        return generationCosts.persist(GenerationCostEntity.of(videoId, cost, now))
            .chain(() -> storedAssets.persist(stored.entrySet().stream()
                .map(asset -> StoredAssetEntity.of(videoId, generation, asset.getKey(), asset.getValue()))))
            .chain(() -> outbox.append(AGGREGATE, videoId.toString(), Topics.ASSETS_GENERATED,
                events.assetsGenerated(job, cost.cost(), format, now)))
            .replaceWith(true);
      });
    });
  }

  /** Records why a rendering generation failed, billing the scenes it did render (GenerationFailed). */
  @WithTransaction
  public Uni<Void> fail(UUID videoId, int generation, GenerationFailure failure) {
    var now = Instant.now();
    return load(videoId).chain(row -> {
      var job = row.toDomain();
      if (!job.fail(generation, failure, now)) {
        Log.warnf("video %s: the failure of generation %d is not recorded, the job has moved on (%s, generation %d)",
            videoId, generation, job.state(), job.generation());
        return Uni.createFrom().voidItem();
      }
      row.copyFrom(job);
      release(row);
      // the scenes that did render were paid for, and are reused by the retry at no cost
      return sceneCosts.linesOf(videoId, generation).chain(sceneLines -> {
        var cost = new GenerationCost(generation, JobState.FAILED, new Cost(sceneLines));
        return generationCosts.persist(GenerationCostEntity.of(videoId, cost, now))
            .chain(() -> outbox.append(AGGREGATE, videoId.toString(), Topics.GENERATION_FAILED,
                events.generationFailed(videoId, job.workspaceId(), generation, failure, cost.cost().total(), now)));
      });
    });
  }

  /** Keeps the claim on a video that is still rendering. */
  @WithTransaction
  public Uni<Void> renewLease(UUID videoId, String owner, Instant until) {
    return Panache.getSession()
        .chain(session -> session.createNativeQuery(RENEW_LEASE)
            .setParameter("until", until)
            .setParameter("videoId", videoId)
            .setParameter("owner", owner)
            .executeUpdate())
        .replaceWithVoid();
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
      release(row);
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
              .chain(generations -> storedAssets.ofVideo(videoId).map(stored -> new ProductionRecord(job,
                  Optional.ofNullable(estimate).map(CostEstimateEntity::toDomain),
                  generations.stream().map(GenerationCostEntity::toDomain).toList(),
                  stored.stream().map(file -> new ProductionRecord.Stored(file.id.generation(), file.id.role(),
                      file.toDomain())).toList()))));
    });
  }

  /** The event's whole outcome is its admission, so the inbox claim goes with it. */
  private Uni<Admission> admitOnce(String eventId, Supplier<Uni<Admission>> admission) {
    return inbox.claim(eventId, CONSUMER).chain(first -> first
        ? admission.get()
        : Uni.createFrom().item(new Admission.Ignore("event " + eventId + " was already handled")));
  }

  /** Stores the job's move; a queued generation is checked against its workspace's budget first. */
  private Uni<Admission> settle(ProductionJobEntity row, ProductionJob job, Admission admission, String queuedMessage,
      Instant now) {
    if (admission instanceof Admission.Queued queued) {
      return overBudget(job.workspaceId(), job.scenesToRender(), now).chain(refusal -> {
        if (refusal.isPresent()) {
          var failure = GenerationFailure.of(refusal.get());
          job.fail(queued.generation(), failure, now);
          row.copyFrom(job);
          var refuse = new Admission.Refuse(queued.generation(), failure);
          return refused(job.videoId(), job.workspaceId(), refuse, now).replaceWith((Admission) refuse);
        }
        row.copyFrom(job);
        row.queuedAt = now;
        return outbox.append(AGGREGATE, job.videoId().toString(), Topics.GENERATION_STARTED,
                events.generationStarted(job.videoId(), job.workspaceId(), queued.generation(),
                    queued.scenesToRender(), now))
            .chain(() -> report(row, queued.generation(),
                ProgressReport.queued(job.scenes().size(), queuedMessage), now))
            .replaceWith(admission);
      });
    }
    row.copyFrom(job);
    if (admission instanceof Admission.Refuse refuse) {
      return refused(job.videoId(), job.workspaceId(), refuse, now).replaceWith(admission);
    }
    return Uni.createFrom().item(admission);
  }

  /** Why the workspace's budget left this month cannot pay for rendering {@code toRender}, if it cannot. */
  private Uni<Optional<String>> overBudget(String workspaceId, List<SceneScript> toRender, Instant now) {
    var budget = budgets.of(workspaceId);
    if (budget.monthlyUsd().isEmpty()) {
      return Uni.createFrom().item(Optional.empty());
    }
    var month = YearMonth.from(now.atZone(ZoneOffset.UTC));
    var estimate = costs.finishedGeneration(toRender).total();
    return Panache.getSession()
        .chain(session -> session.createNativeQuery(SPENT_IN_MONTH, Double.class)
            .setParameter("workspace", workspaceId)
            .setParameter("from", month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
            .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
            .getSingleResult())
        .map(spent -> budget.refusal(workspaceId, estimate, spent));
  }

  /** A generation refused before anything was rendered: it cost nothing. */
  private Uni<Void> refused(UUID videoId, String workspaceId, Admission.Refuse refuse, Instant now) {
    return outbox.append(AGGREGATE, videoId.toString(), Topics.GENERATION_FAILED,
        events.generationFailed(videoId, workspaceId, refuse.generation(), refuse.failure(), 0, now));
  }

  private Uni<Void> report(ProductionJobEntity row, int generation, ProgressReport progress, Instant now) {
    return outbox.append(AGGREGATE, row.videoId.toString(), Topics.GENERATION_PROGRESS,
        events.generationProgress(row.videoId, row.workspaceId, generation, progress, now));
  }

  private static void release(ProductionJobEntity row) {
    row.leaseOwner = null;
    row.leaseUntil = null;
  }

  private static boolean isOver(JobState state) {
    return state != JobState.QUEUED && state != JobState.RENDERING;
  }

  /** Like {@link #lock}, for a job that must exist: the one being rendered. */
  private Uni<ProductionJobEntity> load(UUID videoId) {
    return lock(videoId).onItem().ifNull()
        .failWith(() -> new IllegalStateException("video " + videoId + " has no production job"));
  }

  /** The job row, locked until the transaction ends; null when the video has none. */
  private Uni<ProductionJobEntity> lock(UUID videoId) {
    return jobs.findById(videoId, LockModeType.PESSIMISTIC_WRITE);
  }
}
