package io.ytautopilot.eventing.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers which events each consumer has handled. Call {@link #claim} inside the transaction
 * that handles the event: it is true only for the first delivery, so a redelivered or replayed
 * event changes nothing, and a failed handler rolls its claim back with everything else.
 */
@ApplicationScoped
public class Inbox {
  private static final String CLAIM =
      "insert into inbox_event (event_id, consumer) values (:eventId, :consumer) on conflict do nothing";

  public Uni<Boolean> claim(String eventId, String consumer) {
    return Panache.getSession()
        .chain(session -> session.createNativeQuery(CLAIM)
            .setParameter("eventId", eventId)
            .setParameter("consumer", consumer)
            .executeUpdate())
        .map(inserted -> inserted == 1);
  }
}
