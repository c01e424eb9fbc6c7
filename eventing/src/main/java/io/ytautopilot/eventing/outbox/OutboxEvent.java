package io.ytautopilot.eventing.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event waiting in (or already relayed from) the outbox. Its id is the event's own id. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
  @Id public UUID id;

  @Column(name = "aggregate_type", nullable = false)
  public String aggregateType;

  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  /** Fully qualified Avro record name: the relay decodes the payload with it. */
  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public String topic;

  /** Avro binary encoding of the record, without registry framing. */
  @Column(nullable = false)
  public byte[] payload;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  /** Assigned by the database at insert: the relay sends in this order (db/eventing/V0_4). */
  @Column(name = "sequence_number", insertable = false, updatable = false)
  public Long sequenceNumber;

  @Column(name = "published_at")
  public Instant publishedAt;

  /** The W3C traceparent of the span that appended the event, or null: the relayed record continues that trace. */
  public String traceparent;
}
