package io.ytautopilot.review.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.review.domain.Change;
import io.ytautopilot.review.domain.Cost;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Progress;
import io.ytautopilot.review.domain.ReviewPolicy;
import io.ytautopilot.review.domain.Reviewer;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.Video;
import io.ytautopilot.review.domain.VideoState;
import io.ytautopilot.review.events.ReviewEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The review use cases. Each one loads the video, lets the domain decide, and stores the new
 * state, the history entry and the outgoing event in one transaction; a concurrent change of the
 * same video makes the loser's flush fail on the version column, rolling all three back.
 */
@ApplicationScoped
public class ReviewWorkflow {
  static final String CONSUMER = "review-service";

  private final VideoRepository videos;
  private final HistoryRepository history;
  private final ScriptRevisionRepository revisions;
  private final VideoMapper mapper;
  private final ReviewEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;
  private final MeterRegistry meters;

  public ReviewWorkflow(VideoRepository videos, HistoryRepository history, ScriptRevisionRepository revisions,
      VideoMapper mapper, ReviewEventMapper events, Outbox outbox, Inbox inbox, MeterRegistry meters) {
    this.videos = videos;
    this.history = history;
    this.revisions = revisions;
    this.mapper = mapper;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
    this.meters = meters;
  }

  /** A drafted script opens Gate 1, or (after a change request) brings the next revision to it. */
  @WithTransaction
  public Uni<Void> scriptDrafted(String eventId, UUID videoId, String workspaceId, Script script, Instant at) {
    return inbox.handleOnce(eventId, CONSUMER, () -> videos.findById(videoId).chain(existing -> {
      if (existing != null) {
        return applyEvent(existing, eventId, video -> video.scriptRevised(script, at));
      }
      var opened = Video.drafted(videoId, workspaceId, script, at);
      var entry = opened.change().entry().withEventId(eventId);
      return videos.persist(mapper.newRow(opened.video(), at))
          .call(() -> history.persist(mapper.historyRow(opened.video(), entry)))
          .call(() -> revisions.persist(mapper.revisionRow(opened.video(), at)))
          .replaceWithVoid();
    }));
  }

  /**
   * An event from production or publish. Unknown video: fails (the record goes to the dead-letter
   * topic). Stale for the video's state: logged, nothing changes.
   */
  @WithTransaction
  public Uni<Void> onEvent(String eventId, UUID videoId, Function<Video, Optional<Change>> handler) {
    return inbox.handleOnce(eventId, CONSUMER, () -> load(videoId).chain(row -> applyEvent(row, eventId, handler)));
  }

  /**
   * A reviewer's command, decided under the review policy of the video's workspace. The reviewer
   * must review that workspace; the change's effect (if any) is emitted through the outbox and
   * named in the history entry.
   */
  @WithTransaction
  public Uni<VideoRecord> command(UUID videoId, Reviewer reviewer, Long expectedVersion,
      BiFunction<Video, ReviewPolicy, Change> command) {
    return load(videoId).chain(row -> policyOf(row.workspaceId).chain(policy -> {
      var video = mapper.toDomain(row);
      reviewer.checkMayReview(video.workspaceId());
      video.expectVersion(expectedVersion);
      var revisionBefore = video.script().revision();
      var generationBefore = video.generation();
      var change = command.apply(video, policy);
      var emitted = events.effect(video, change);
      var entry = emitted.map(event -> change.entry().withEventId(event.eventId())).orElse(change.entry());
      return store(video, row, entry, revisionBefore)
          .call(() -> emitted.map(event -> outbox.append("Video", video.id().toString(), event.topic(), event.record()))
              .orElseGet(() -> Uni.createFrom().voidItem()))
          .call(videos::flush) // surfaces a lost race here, inside the transaction
          // a generation this command started has no progress yet: production hears of it only once this commits
          .chain(() -> withHistory(mapper.toDomain(row), video.generation() == generationBefore));
    }));
  }

  /**
   * A workspace was configured: keep its review policy. Only a newer version of the definition
   * replaces the kept one, so a replay of the compacted topic or a late record changes nothing.
   */
  @WithTransaction
  public Uni<Void> workspaceConfigured(String workspaceId, int version, ReviewPolicy policy, Instant at) {
    return Panache.getSession().chain(session -> session.find(WorkspacePolicyEntity.class, workspaceId).chain(kept -> {
      if (kept != null && kept.version >= version) {
        Log.debugf("workspace %s version %d is not newer than the kept version %d", workspaceId, version, kept.version);
        return Uni.createFrom().voidItem();
      }
      var row = kept != null ? kept : new WorkspacePolicyEntity();
      row.workspaceId = workspaceId;
      row.version = version;
      mapper.copyPolicy(policy, row);
      row.updatedAt = at;
      Log.infof("workspace %s (version %d): %s", workspaceId, version,
          policy.allowSelfReview() ? "self-review allowed" : "four eyes at Gate 2");
      return kept != null ? Uni.createFrom().voidItem() : session.persist(row);
    }));
  }

  /** The workspace's review policy; four eyes until review hears otherwise. */
  private Uni<ReviewPolicy> policyOf(String workspaceId) {
    return Panache.getSession().chain(session -> session.find(WorkspacePolicyEntity.class, workspaceId))
        .map(row -> row == null ? ReviewPolicy.FOUR_EYES : mapper.toDomain(row));
  }

  /**
   * Production priced a script revision: kept for the Gate 1 reviewer of that revision. Not a
   * transition, and independent of the video row: it may arrive before the video or the revision.
   */
  @WithTransaction
  public Uni<Void> costEstimated(String eventId, UUID videoId, Cost estimate, Instant at) {
    return inbox.handleOnce(eventId, CONSUMER, () -> Panache.getSession().chain(session -> session
        .merge(mapper.estimateRow(videoId, estimate, at))).replaceWithVoid());
  }

  /**
   * Production reported how far a generation has come. Not a transition: no history, no new
   * version (a reviewer's If-Match stays valid); only the latest report of the video's current
   * generation is kept, so a late, repeated or replayed one changes nothing.
   */
  @WithTransaction
  public Uni<Void> progressReported(String eventId, UUID videoId, Progress progress) {
    return inbox.handleOnce(eventId, CONSUMER, () -> load(videoId).chain(row -> Panache.getSession()
        .chain(session -> session.find(ProgressEntity.class, videoId).chain(kept -> {
          if (!progress.replaces(row.generation, Optional.ofNullable(kept).map(mapper::toDomain))) {
            Log.debugf("progress event %s of generation %d is stale for video %s (generation %d)", eventId,
                progress.generation(), videoId, row.generation);
            return Uni.createFrom().voidItem();
          }
          return session.merge(mapper.progressRow(videoId, progress)).replaceWithVoid();
        }))));
  }

  @WithSession
  public Uni<VideoRecord> find(UUID videoId, Reviewer reviewer) {
    return load(videoId).chain(row -> {
      var video = mapper.toDomain(row);
      reviewer.checkMayReview(video.workspaceId());
      return withHistory(video, true);
    });
  }

  @WithSession
  public Uni<List<HistoryEntry>> history(UUID videoId, Reviewer reviewer) {
    return find(videoId, reviewer).map(VideoRecord::history);
  }

  /** Every revision of the video's script that came to review, oldest first. */
  @WithSession
  public Uni<List<ScriptRevision>> revisions(UUID videoId, Reviewer reviewer) {
    return load(videoId).chain(row -> {
      reviewer.checkMayReview(row.workspaceId);
      return revisions.ofVideo(videoId).map(rows -> rows.stream().map(mapper::toDomain).toList());
    });
  }

  /** The queue of the workspaces the reviewer reviews (all for an admin), oldest first. */
  @WithSession
  public Uni<List<Video>> queue(Reviewer reviewer, VideoState state, String workspaceId, int pageIndex, int pageSize) {
    if (workspaceId != null) {
      reviewer.checkMayReview(workspaceId);
    }
    var scope = workspaceId != null ? List.of(workspaceId)
        : reviewer.admin() ? null : List.copyOf(reviewer.workspaces());
    return videos.queue(state, scope, pageIndex, pageSize)
        .map(rows -> rows.stream().map(mapper::toDomain).toList());
  }

  private Uni<Void> applyEvent(VideoEntity row, String eventId, Function<Video, Optional<Change>> handler) {
    var video = mapper.toDomain(row);
    var before = video.state();
    var revisionBefore = video.script().revision();
    var change = handler.apply(video);
    if (change.isEmpty()) {
      Log.infof("event %s is stale for video %s in %s (generation %d, attempt %d): nothing changes",
          eventId, video.id(), before, video.generation(), video.publishAttempt());
      return Uni.createFrom().voidItem();
    }
    if (before == VideoState.CANCELLED && video.state() == VideoState.PUBLISHED) {
      meters.counter("yt.review.published.after.cancel").increment();
      Log.errorf("ALERT video %s was published although it was cancelled: the upload had begun before the"
          + " cancel reached publish-service; it is up at %s", video.id(), video.publishedLocation().orElse("?"));
    }
    return store(video, row, change.get().entry().withEventId(eventId), revisionBefore).call(videos::flush)
        .replaceWithVoid();
  }

  /** Stores the new state and its history entry, and the script if the change made a new revision of it. */
  private Uni<Void> store(Video video, VideoEntity row, HistoryEntry entry, int revisionBefore) {
    mapper.copyChanges(video, row, entry.at());
    Log.infof("video %s: %s -> %s (%s by %s)", video.id(), entry.from(), entry.to(), entry.trigger(), entry.actor());
    var stored = history.persist(mapper.historyRow(video, entry));
    if (video.script().revision() != revisionBefore) {
      stored = stored.call(() -> revisions.persist(mapper.revisionRow(video, entry.at())));
    }
    return stored.replaceWithVoid();
  }

  private Uni<VideoEntity> load(UUID videoId) {
    return videos.findById(videoId).onItem().ifNull().failWith(() -> new VideoNotFound(videoId));
  }

  /** The video with its history, the estimate of its script revision and (if it may have one) its progress. */
  private Uni<VideoRecord> withHistory(Video video, boolean mayHaveProgress) {
    var key = new CostEstimateEntity.Key(video.id(), video.script().revision());
    return history.ofVideo(video.id()).chain(rows -> Panache.getSession().chain(session -> session
        .find(CostEstimateEntity.class, key)
        .chain(estimate -> (mayHaveProgress ? session.find(ProgressEntity.class, video.id())
                : Uni.createFrom().<ProgressEntity>nullItem())
            .map(progress -> new VideoRecord(video, rows.stream().map(mapper::toDomain).toList(),
                Optional.ofNullable(estimate).map(mapper::toDomain),
                // progress of an earlier generation says nothing about the current one
                Optional.ofNullable(progress).map(mapper::toDomain)
                    .filter(latest -> latest.generation() == video.generation()))))));
  }
}
