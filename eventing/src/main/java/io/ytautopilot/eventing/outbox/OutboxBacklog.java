package io.ytautopilot.eventing.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outbox lag as metrics: how many committed events wait for the relay, and how long the oldest has
 * waited. Both stay near zero while Kafka is reachable; a growing lag means events are not leaving.
 */
@ApplicationScoped
class OutboxBacklog {
  private static final String MEASURE =
      "select count(*), min(occurred_at) from outbox_event where published_at is null";

  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong oldestAgeSeconds = new AtomicLong();

  OutboxBacklog(MeterRegistry meters) {
    meters.gauge("yt.outbox.pending", pending);
    meters.gauge("yt.outbox.lag.seconds", oldestAgeSeconds);
  }

  @Scheduled(every = "${yt.outbox.measure-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> measure() {
    return Panache.withSession(() -> Panache.getSession()
        .chain(session -> session.createNativeQuery(MEASURE, Object[].class).getSingleResult())
        .invoke(row -> {
          pending.set(((Number) row[0]).longValue());
          oldestAgeSeconds.set(row[1] == null ? 0 : Duration.between(instant(row[1]), Instant.now()).toSeconds());
        })
        .replaceWithVoid());
  }

  private static Instant instant(Object timestamp) {
    return timestamp instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
  }
}
