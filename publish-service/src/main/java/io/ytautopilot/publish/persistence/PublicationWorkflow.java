package io.ytautopilot.publish.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.publish.domain.ApprovalHandling;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.Publication;
import io.ytautopilot.publish.domain.PublicationStatus;
import io.ytautopilot.publish.domain.PublishOutcome;
import io.ytautopilot.publish.events.PublishEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * The publication use cases, each one short transaction that stores the new state and appends its
 * event together. Each one locks the video and decides again on what it finds, because an
 * approval and a cancellation of one video may arrive at the same time, on different replicas.
 * The approval's inbox entry is claimed only with its final outcome (published, failed, refused),
 * never with PUBLISHING, so that a redelivery after a crash finishes the attempt.
 */
@ApplicationScoped
public class PublicationWorkflow {
  static final String CONSUMER = "publish-service";
  private static final String AGGREGATE = "Video";

  private final PublicationRepository publications;
  private final PublishEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;
  private final VideoStatsRepository stats;
  private final HeldApprovals heldApprovals;

  public PublicationWorkflow(PublicationRepository publications, PublishEventMapper events, Outbox outbox,
      Inbox inbox, VideoStatsRepository stats, HeldApprovals heldApprovals) {
    this.publications = publications;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
    this.stats = stats;
    this.heldApprovals = heldApprovals;
  }

  /** @return the publication, or null when the video has none */
  @WithSession
  public Uni<Publication> find(UUID videoId) {
    return publications.findById(videoId).map(row -> row == null ? null : row.toDomain());
  }

  /**
   * For a verified approval: marks it PUBLISHING and announces PublishStarted, or finds that it
   * already is (a redelivery after a crash), or that the video was cancelled meanwhile, which
   * refuses it.
   *
   * @return how the approval was handled; the caller exports only when {@link ApprovalHandling#exports()}
   */
  @WithTransaction
  public Uni<ApprovalHandling> begin(String eventId, ApprovedVideo video, String target) {
    return publications.lockAndFind(video.videoId()).chain(row -> {
      var handling = ApprovalHandling.of(row == null ? null : row.toDomain(), video.publishAttempt(), Instant.now());
      return switch (handling) {
        case PUBLISH -> {
          var publishing = Publication.publishing(video, target);
          yield store(row, publishing)
              .call(() -> append(video, Topics.PUBLISH_STARTED, events.publishStarted(publishing, Instant.now())))
              .replaceWith(handling);
        }
        case CANCELLED -> refuseCancelled(eventId, video, row.reason).replaceWith(handling);
        case RESUME, ALREADY_PUBLISHED, HELD, STALE -> Uni.createFrom().item(handling);
      };
    });
  }

  /**
   * Records that an approval failed verification or its export failed: FAILED with the reason and
   * PublishFailed for review, unless the video was cancelled or published meanwhile.
   */
  @WithTransaction
  public Uni<Void> fail(String eventId, ApprovedVideo video, String reason) {
    return publications.lockAndFind(video.videoId()).chain(row -> {
      var handling = ApprovalHandling.of(row == null ? null : row.toDomain(), video.publishAttempt(), Instant.now());
      return switch (handling) {
        case PUBLISH, RESUME -> inbox.handleOnce(eventId, CONSUMER, () -> store(row, Publication.failed(video, reason))
            .call(() -> append(video, Topics.PUBLISH_FAILED, events.publishFailed(video, reason, Instant.now()))));
        case CANCELLED -> refuseCancelled(eventId, video, row.reason);
        case ALREADY_PUBLISHED, HELD, STALE -> Uni.createFrom().voidItem();
      };
    });
  }

  /**
   * Records the publication of a PUBLISHING attempt and announces VideoPublished; a video on
   * YouTube also gets its statistics row, which the stats sync fills.
   */
  @WithTransaction
  public Uni<Void> complete(String eventId, ApprovedVideo video, String target, PublishOutcome.Published outcome) {
    var now = Instant.now();
    var published = Publication.published(video, target, outcome, now);
    return publications.lockAndFind(video.videoId()).chain(row -> inbox.handleOnce(eventId, CONSUMER,
        () -> store(row, published)
            .call(() -> outcome.externalId() == null ? Uni.createFrom().voidItem() : stats.track(published))
            .call(() -> append(video, Topics.VIDEO_PUBLISHED, events.videoPublished(published, now)))));
  }

  /**
   * Holds a PUBLISHING attempt until its retry time and announces PublishHeld. The approval is
   * kept with it as it came: the scheduled retry verifies it again and publishes exactly what was
   * approved, under the same event id.
   */
  @WithTransaction
  public Uni<Void> hold(String eventId, ApprovedVideo video, String target, PublishOutcome.Held outcome) {
    var held = Publication.held(video, target, outcome);
    String approval = heldApprovals.write(new HeldApproval(eventId, video.publishAttempt(), video.claim()));
    return publications.lockAndFind(video.videoId()).chain(row -> {
      if (row == null || row.status != PublicationStatus.PUBLISHING || row.publishAttempt != video.publishAttempt()) {
        return Uni.createFrom().voidItem(); // overtaken by a newer attempt meanwhile
      }
      row.copyFrom(held);
      row.heldApproval = approval;
      return append(video, Topics.PUBLISH_HELD, events.publishHeld(held, Instant.now()));
    });
  }

  /**
   * The held approvals whose retry time has come, oldest first, and those whose retry began but
   * did not end within its lease (the service stopped meanwhile).
   */
  @WithSession
  public Uni<List<HeldApproval>> dueHeld(Instant now, int limit) {
    return publications.find("heldApproval is not null and retryAt <= ?1 order by retryAt", now)
        .page(0, limit).list()
        .map(rows -> rows.stream().map(row -> heldApprovals.read(row.heldApproval)).toList());
  }

  /**
   * Claims a due held attempt for one retry: PUBLISHING again (so its approval resumes it like any
   * redelivery) with a lease instead of a retry time, so that only one replica retries it, and
   * another retry follows if this one never ends (outcome stored: the approval is dropped).
   *
   * @return false when another replica claimed it, or it is no longer due
   */
  @WithTransaction
  public Uni<Boolean> claimHeld(HeldApproval held, Instant now, Instant leaseEnds) {
    return publications.lockAndFind(held.claim().videoId()).map(row -> {
      boolean due = row != null && row.heldApproval != null && row.publishAttempt == held.publishAttempt()
          && !row.retryAt.isAfter(now);
      if (due) {
        row.status = PublicationStatus.PUBLISHING;
        row.retryAt = leaseEnds;
      }
      return due;
    });
  }

  /** Cancels the video's publication unless publishing has started; nothing is emitted. */
  @WithTransaction
  public Uni<Void> cancel(String eventId, UUID videoId, String workspaceId, String cancelledBy, String why) {
    return publications.lockAndFind(videoId).chain(row -> inbox.handleOnce(eventId, CONSUMER, () -> {
      var stored = row == null ? null : row.toDomain();
      return Publication.cancelled(stored, videoId, workspaceId, cancelledBy, why)
          .map(cancelled -> {
            Log.infof("video %s cancelled by %s; no approval of it will be published", videoId, cancelledBy);
            return store(row, cancelled);
          })
          .orElseGet(() -> {
            Log.infof("cancellation of video %s by %s changes nothing: it is %s", videoId, cancelledBy,
                stored.status());
            return Uni.createFrom().voidItem();
          });
    }));
  }

  private Uni<Void> refuseCancelled(String eventId, ApprovedVideo video, String reason) {
    Log.errorf("ALERT publish refused for video %s: %s", video.videoId(), reason);
    return inbox.handleOnce(eventId, CONSUMER,
        () -> append(video, Topics.PUBLISH_FAILED, events.publishFailed(video, reason, Instant.now())));
  }

  private Uni<Void> append(ApprovedVideo video, String topic, SpecificRecord event) {
    return outbox.append(AGGREGATE, video.videoId().toString(), topic, event);
  }

  /** Updates the locked row, or creates it when the video had none. */
  private Uni<Void> store(PublicationEntity row, Publication publication) {
    if (row != null) {
      row.copyFrom(publication);
      return Uni.createFrom().voidItem();
    }
    var created = new PublicationEntity();
    created.copyFrom(publication);
    return publications.persist(created).replaceWithVoid();
  }
}
