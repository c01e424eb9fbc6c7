package io.ytautopilot.eventing.outbox;

import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * Appends events to the outbox inside the caller's transaction, so that a state change and the
 * events it causes are committed (or rolled back) together. Nothing here talks to Kafka. Each row
 * keeps the trace it belongs to, which the relay continues (see {@link OutboxRelay}): a video's
 * event its video's trace ({@link VideoTraces}), any other the trace it was appended in.
 */
@ApplicationScoped
public class Outbox {
  /** The aggregate type whose events form one trace per aggregate. */
  public static final String VIDEO = "Video";

  private final VideoTraces videoTraces;

  public Outbox(VideoTraces videoTraces) {
    this.videoTraces = videoTraces;
  }

  /**
   * @param aggregateType what the key identifies, e.g. "Video" or "Workspace"
   * @param key the Kafka record key: the aggregate id
   * @param event an Avro record whose first fields are eventId and occurredAt
   */
  public Uni<Void> append(String aggregateType, String key, String topic, SpecificRecord event) {
    var row = new OutboxEvent();
    row.id = UUID.fromString(field(event, "eventId").toString());
    row.aggregateType = aggregateType;
    row.aggregateId = key;
    row.type = event.getSchema().getFullName();
    row.topic = topic;
    row.payload = AvroPayloads.encode(event);
    row.occurredAt = (Instant) field(event, "occurredAt");
    var trace = VIDEO.equals(aggregateType) ? videoTraces.traceOf(key)
        : Uni.createFrom().item(TraceParents.of(Context.current()));
    // the insert's trigger notifies the relay once the transaction commits (OutboxNotifications)
    return trace.invoke(traceparent -> row.traceparent = traceparent)
        .chain(ignored -> Panache.getSession()).chain(session -> session.persist(row));
  }

  private static Object field(SpecificRecord event, String name) {
    var field = event.getSchema().getField(name);
    if (field == null || event.get(field.pos()) == null) {
      throw new IllegalArgumentException(
          event.getSchema().getFullName() + " has no " + name + "; every event needs one");
    }
    return event.get(field.pos());
  }
}
