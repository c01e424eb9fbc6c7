package io.ytautopilot.eventing.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.outbox.VideoTraces;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Remembers which events each consumer has handled. Call {@link #handleOnce} inside the transaction
 * that handles the event: it is true only for the first delivery, so a redelivered or replayed
 * event changes nothing, and a failed handler rolls its claim back with everything else. The first
 * claim of an event about a video also remembers the event's trace as the video's ({@link VideoTraces}).
 */
@ApplicationScoped
public class Inbox {
  private static final String CLAIM =
      "insert into inbox_event (event_id, consumer) values (:eventId, :consumer) on conflict do nothing";

  private final VideoTraces videoTraces;

  public Inbox(VideoTraces videoTraces) {
    this.videoTraces = videoTraces;
  }

  /** Runs the handler only on the first delivery of the event to this consumer. */
  public Uni<Void> handleOnce(String eventId, String consumer, Supplier<Uni<Void>> handler) {
    return claim(eventId, consumer).chain(first -> {
      if (!first) {
        Log.infof("event %s was already handled by %s; this delivery changes nothing", eventId, consumer);
        return Uni.createFrom().voidItem();
      }
      return handler.get();
    });
  }

  public Uni<Boolean> claim(String eventId, String consumer) {
    return Panache.getSession()
        .chain(session -> session.createNativeQuery(CLAIM)
            .setParameter("eventId", eventId)
            .setParameter("consumer", consumer)
            .executeUpdate())
        .map(inserted -> inserted == 1)
        .call(first -> first ? videoTraces.rememberConsumed() : Uni.createFrom().voidItem());
  }
}
