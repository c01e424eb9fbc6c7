package io.ytautopilot.review.persistence;

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
  private final VideoMapper mapper;
  private final ReviewEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public ReviewWorkflow(VideoRepository videos, HistoryRepository history, VideoMapper mapper,
      ReviewEventMapper events, Outbox outbox, Inbox inbox) {
    this.videos = videos;
    this.history = history;
    this.mapper = mapper;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
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
   * A reviewer's command. The reviewer must review the video's workspace; the change's effect (if
   * any) is emitted through the outbox and named in the history entry.
   */
  @WithTransaction
  public Uni<VideoRecord> command(UUID videoId, Reviewer reviewer, Long expectedVersion,
      Function<Video, Change> command) {
    return load(videoId).chain(row -> {
      var video = mapper.toDomain(row);
      reviewer.checkMayReview(video.workspaceId());
      video.expectVersion(expectedVersion);
      var change = command.apply(video);
      var emitted = events.effect(video, change);
      var entry = emitted.map(event -> change.entry().withEventId(event.eventId())).orElse(change.entry());
      return store(video, row, entry)
          .call(() -> emitted.map(event -> outbox.append("Video", video.id().toString(), event.topic(), event.record()))
              .orElseGet(() -> Uni.createFrom().voidItem()))
          .call(videos::flush) // surfaces a lost race here, inside the transaction
          .chain(() -> withHistory(mapper.toDomain(row)));
    });
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

  @WithSession
  public Uni<VideoRecord> find(UUID videoId, Reviewer reviewer) {
    return load(videoId).chain(row -> {
      var video = mapper.toDomain(row);
      reviewer.checkMayReview(video.workspaceId());
      return withHistory(video);
    });
  }

  @WithSession
  public Uni<List<HistoryEntry>> history(UUID videoId, Reviewer reviewer) {
    return find(videoId, reviewer).map(VideoRecord::history);
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
    var change = handler.apply(video);
    if (change.isEmpty()) {
      Log.infof("event %s is stale for video %s in %s (generation %d, attempt %d): nothing changes",
          eventId, video.id(), before, video.generation(), video.publishAttempt());
      return Uni.createFrom().voidItem();
    }
    return store(video, row, change.get().entry().withEventId(eventId)).call(videos::flush).replaceWithVoid();
  }

  private Uni<Void> store(Video video, VideoEntity row, HistoryEntry entry) {
    mapper.copyChanges(video, row, entry.at());
    return history.persist(mapper.historyRow(video, entry)).replaceWithVoid();
  }

  private Uni<VideoEntity> load(UUID videoId) {
    return videos.findById(videoId).onItem().ifNull().failWith(() -> new VideoNotFound(videoId));
  }

  private Uni<VideoRecord> withHistory(Video video) {
    var key = new CostEstimateEntity.Key(video.id(), video.script().revision());
    return history.ofVideo(video.id()).chain(rows -> Panache.getSession()
        .chain(session -> session.find(CostEstimateEntity.class, key))
        .map(estimate -> new VideoRecord(video, rows.stream().map(mapper::toDomain).toList(),
            Optional.ofNullable(estimate).map(mapper::toDomain))));
  }
}
