package io.ytautopilot.publish.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.Publication;
import io.ytautopilot.publish.domain.PublicationStatus;
import io.ytautopilot.publish.events.PublishEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The publication use cases, each one short transaction: the export itself runs before the one
 * that records it, which stores the outcome, claims the inbox and appends VideoPublished together.
 */
@ApplicationScoped
public class PublicationWorkflow {
  static final String CONSUMER = "publish-service";
  private static final String AGGREGATE = "Video";

  private final PublicationRepository publications;
  private final PublishEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public PublicationWorkflow(PublicationRepository publications, PublishEventMapper events, Outbox outbox,
      Inbox inbox) {
    this.publications = publications;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
  }

  @WithSession
  public Uni<Boolean> isPublished(UUID videoId) {
    return publications.findById(videoId).map(row -> row != null && row.status == PublicationStatus.PUBLISHED);
  }

  /** Records why a video was not published; nothing is emitted. */
  @WithTransaction
  public Uni<Void> refuse(ApprovedVideo video, String reason) {
    return store(Publication.refused(video, reason));
  }

  @WithTransaction
  public Uni<Void> recordPublished(String eventId, ApprovedVideo video, String target, String location) {
    var now = Instant.now();
    var publication = Publication.published(video, target, location, now);
    return inbox.handleOnce(eventId, CONSUMER, () -> store(publication).call(() -> outbox.append(AGGREGATE,
        video.videoId().toString(), Topics.VIDEO_PUBLISHED, events.videoPublished(publication, now))));
  }

  /** @return the publication, or null when the video has none */
  @WithSession
  public Uni<Publication> find(UUID videoId) {
    return publications.findById(videoId).map(row -> row == null ? null : row.toDomain());
  }

  private Uni<Void> store(Publication publication) {
    return publications.findById(publication.videoId()).chain(row -> {
      if (row != null) {
        row.copyFrom(publication);
        return Uni.createFrom().voidItem();
      }
      var created = new PublicationEntity();
      created.copyFrom(publication);
      return publications.persist(created).replaceWithVoid();
    });
  }
}
