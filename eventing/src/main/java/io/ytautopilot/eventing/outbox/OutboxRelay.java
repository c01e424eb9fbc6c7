package io.ytautopilot.eventing.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.LockMode;

/**
 * Publishes committed outbox rows to Kafka in the order they were appended (a database sequence,
 * not a clock), and marks each one published once the broker has acknowledged it. Rows are locked
 * with SKIP LOCKED so several replicas can relay side by side; a crash between the ack and the
 * update re-sends the event with the same id, which the consumers' inboxes discard. A record
 * continues the trace its row was appended in: the producer span (and the traceparent header the
 * connector writes) is a child of the stored span, so the consumer's span joins the same trace.
 */
@ApplicationScoped
public class OutboxRelay {
  static final String CHANNEL = "outbox";

  // HQL: Hibernate caches its plan (a native query is planned again on every pass, docs/performance.md)
  private static final String NEXT_BATCH = "from OutboxEvent where publishedAt is null order by sequenceNumber";
  private static final String MARK_PUBLISHED =
      "update outbox_event set published_at = :now where id in (:ids)";

  private final MutinyEmitter<SpecificRecord> emitter;
  private final int batchSize;
  private final MeterRegistry meters;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();
  private final Vertx vertx;

  public OutboxRelay(
      @Channel(CHANNEL) MutinyEmitter<SpecificRecord> emitter,
      Vertx vertx,
      @ConfigProperty(name = "yt.outbox.batch-size", defaultValue = "200") int batchSize,
      MeterRegistry meters) {
    this.emitter = emitter;
    this.vertx = vertx;
    this.batchSize = batchSize;
    this.meters = meters;
  }

  /**
   * Called when a transaction that appended events has committed (see OutboxNotifications), on the
   * listener's event loop: the pass runs on a fresh duplicated context, marked safe for the reactive
   * session, so that it shares no session with the listener or another pass.
   */
  void wakeUp() {
    Context pass = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
    VertxContextSafetyToggle.setContextSafe(pass, true);
    pass.runOnContext(ignored -> relayExclusively().subscribe().with(done -> {},
        failure -> Log.warnf(failure, "outbox relay pass failed; the schedule retries within a second")));
  }

  /**
   * One pass at a time per instance, so that two passes never send interleaved batches of the same
   * video; a request that arrives during a pass makes that pass run once more.
   */
  Uni<Void> relayExclusively() {
    requested.set(true);
    if (!running.compareAndSet(false, true)) {
      return Uni.createFrom().voidItem();
    }
    return drain().eventually(() -> {
      running.set(false);
      if (requested.get()) {
        wakeUp();
      }
    });
  }

  private Uni<Void> drain() {
    requested.set(false);
    return relayPending().chain(() -> requested.get() ? drain() : Uni.createFrom().voidItem());
  }

  private Uni<Void> relayPending() {
    return Panache.withTransaction(() -> Panache.getSession()
            .chain(session -> session.createSelectionQuery(NEXT_BATCH, OutboxEvent.class)
                .setMaxResults(batchSize)
                .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .getResultList()
                .chain(this::sendAll)
                .chain(sent -> sent.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : session.createNativeQuery(MARK_PUBLISHED)
                        .setParameter("now", Instant.now())
                        .setParameter("ids", sent)
                        .executeUpdate()
                        .replaceWithVoid())))
        .onFailure().invoke(e -> Log.warnf(e, "outbox relay pass failed; it will retry"))
        .onFailure().recoverWithNull()
        .replaceWithVoid();
  }

  /** Sends in order (per-key order is kept by the producer) and returns the ids the broker acked. */
  private Uni<List<UUID>> sendAll(List<OutboxEvent> rows) {
    if (rows.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Executor backToSessionContext = onCurrentContext();
    List<Uni<UUID>> sends = rows.stream().map(this::send).toList();
    return Uni.join().all(sends).andFailFast()
        .map(ids -> ids.stream().filter(Objects::nonNull).toList())
        .emitOn(backToSessionContext);
  }

  private Uni<UUID> send(OutboxEvent row) {
    var metadata = OutgoingKafkaRecordMetadata.<String>builder()
        .withTopic(row.topic)
        .withKey(row.aggregateId)
        .withHeaders(new RecordHeaders()
            .add("id", row.id.toString().getBytes(StandardCharsets.UTF_8))
            .add("eventType", row.type.getBytes(StandardCharsets.UTF_8)))
        .build();
    var message = Message.of(AvroPayloads.decode(row.type, row.payload)).addMetadata(metadata);
    if (row.traceparent != null) {
      message = message.addMetadata(TracingMetadata.withCurrent(TraceParents.context(row.traceparent)));
    }
    return emitter.sendMessage(message)
        .invoke(() -> meters.counter("yt.events.published", "topic", row.topic).increment())
        .replaceWith(row.id)
        .onFailure().invoke(e -> Log.warnf(e, "event %s to %s not acked; will retry", row.id, row.topic))
        .onFailure().recoverWithNull();
  }

  /** The reactive session must be used on the Vert.x context it was opened on, not on Kafka's threads. */
  private static Executor onCurrentContext() {
    Context context = Objects.requireNonNull(Vertx.currentContext(), "outbox relay runs without a Vert.x context");
    return command -> context.runOnContext(ignored -> command.run());
  }
}
