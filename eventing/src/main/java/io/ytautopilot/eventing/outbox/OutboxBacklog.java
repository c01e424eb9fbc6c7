package io.ytautopilot.eventing.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outbox lag as metrics: how many committed events wait for the relay, and how long the oldest has
 * waited. Both stay near zero while Kafka is reachable; a growing lag means events are not leaving.
 */
@ApplicationScoped
class OutboxBacklog {
  // HQL: Hibernate caches its plan (a native query is planned again on every run, docs/performance.md)
  private static final String MEASURE =
      "select count(*), min(occurredAt) from OutboxEvent where publishedAt is null";

  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong oldestAgeSeconds = new AtomicLong();

  OutboxBacklog(MeterRegistry meters) {
    meters.gauge("yt.outbox.pending", pending);
    meters.gauge("yt.outbox.lag.seconds", oldestAgeSeconds);
  }

  @Scheduled(every = "${yt.outbox.measure-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> measure() {
    return Panache.withSession(() -> Panache.getSession()
        .chain(session -> session.createSelectionQuery(MEASURE, Object[].class).getSingleResult())
        .invoke(row -> {
          pending.set((Long) row[0]);
          oldestAgeSeconds.set(row[1] == null ? 0 : Duration.between((Instant) row[1], Instant.now()).toSeconds());
        })
        .replaceWithVoid());
  }
}
