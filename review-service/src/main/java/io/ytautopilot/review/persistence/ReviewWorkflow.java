package io.ytautopilot.review.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.Command;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.Video;
import io.ytautopilot.review.domain.VideoState;
import io.ytautopilot.review.events.ReviewEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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
  private static final String AGGREGATE = "Video";

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

  /** A drafted script opens Gate 1; a redelivered draft is ignored. */
  @WithTransaction
  public Uni<Void> openReview(String eventId, UUID videoId, String workspaceId, Script script, Instant at) {
    return inbox.handleOnce(eventId, CONSUMER, () -> videos.findById(videoId).chain(existing -> {
      if (existing != null) {
        Log.warnf("video %s already under review; draft event %s ignored", videoId, eventId);
        return Uni.createFrom().voidItem();
      }
      var video = Video.drafted(videoId, workspaceId, script);
      var entry = new HistoryEntry(null, video.state(), "DRAFT_SCRIPT", "editorial-service", at, null, eventId);
      return videos.persist(mapper.newRow(video, at))
          .call(() -> history.persist(mapper.historyRow(video, entry)))
          .replaceWithVoid();
    }));
  }

  /**
   * A reviewer's decision at a gate; the approvals emit the event that lets the pipeline go on, and
   * the history entry names that event.
   */
  @WithTransaction
  public Uni<VideoRecord> decide(UUID videoId, Command decision, Long expectedVersion, String reviewer, String comment) {
    var approval = new Approval(reviewer, Instant.now(), comment);
    var emitted = switch (decision) {
      case APPROVE_SCRIPT, APPROVE_VIDEO -> UUID.randomUUID().toString();
      default -> null;
    };
    return change(videoId, expectedVersion, emitted, video -> video.decide(decision, approval), video -> switch (decision) {
      case APPROVE_SCRIPT -> outbox.append(AGGREGATE, video.id().toString(), Topics.SCRIPT_APPROVED,
          events.scriptApproved(video, emitted, approval.at()));
      case APPROVE_VIDEO -> outbox.append(AGGREGATE, video.id().toString(), Topics.VIDEO_APPROVED,
          events.videoApproved(video, emitted, approval.at()));
      default -> Uni.createFrom().voidItem();
    });
  }

  /** Production finished rendering: the video waits at Gate 2. */
  @WithTransaction
  public Uni<Void> recordAssets(String eventId, UUID videoId, Assets assets, Instant at) {
    return inbox.handleOnce(eventId, CONSUMER, () -> change(videoId, null, eventId,
        video -> video.recordAssets(assets, "production-service", at), video -> Uni.createFrom().voidItem())
        .replaceWithVoid());
  }

  @WithTransaction
  public Uni<Void> recordPublication(String eventId, UUID videoId, String location, Instant at) {
    return inbox.handleOnce(eventId, CONSUMER, () -> change(videoId, null, eventId,
        video -> video.recordPublication(location, "publish-service", at), video -> Uni.createFrom().voidItem())
        .replaceWithVoid());
  }

  @WithSession
  public Uni<VideoRecord> find(UUID videoId) {
    return load(videoId).chain(row -> withHistory(mapper.toDomain(row)));
  }

  @WithSession
  public Uni<List<HistoryEntry>> history(UUID videoId) {
    return load(videoId).chain(row -> history.ofVideo(videoId))
        .map(rows -> rows.stream().map(mapper::toDomain).toList());
  }

  @WithSession
  public Uni<List<Video>> queue(VideoState state, String workspaceId, int pageIndex, int pageSize) {
    return videos.queue(state, workspaceId, pageIndex, pageSize)
        .map(rows -> rows.stream().map(mapper::toDomain).toList());
  }

  /** @param eventId the event that caused the change or that it emits, recorded in the history */
  private Uni<VideoRecord> change(UUID videoId, Long expectedVersion, String eventId,
      Function<Video, HistoryEntry> transition, Function<Video, Uni<Void>> effect) {
    return load(videoId).chain(row -> {
      var video = mapper.toDomain(row);
      video.expectVersion(expectedVersion);
      var entry = transition.apply(video).withEventId(eventId);
      mapper.copyChanges(video, row, entry.at());
      return history.persist(mapper.historyRow(video, entry))
          .call(() -> effect.apply(video))
          .call(videos::flush) // surfaces a lost race here, inside the transaction
          .chain(() -> withHistory(mapper.toDomain(row)));
    });
  }

  private Uni<VideoEntity> load(UUID videoId) {
    return videos.findById(videoId).onItem().ifNull().failWith(() -> new VideoNotFound(videoId));
  }

  private Uni<VideoRecord> withHistory(Video video) {
    return history.ofVideo(video.id())
        .map(rows -> new VideoRecord(video, rows.stream().map(mapper::toDomain).toList()));
  }
}
