package io.ytautopilot.eventing.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.VertxMDC;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.providers.locals.LocalContextMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.IndexedRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every record a service consumes, on every incoming channel (an interceptor without an identifier
 * applies to all): the event, video and workspace it concerns go into the logging context, so each
 * log line written while handling it names them; handled and failed (dead-lettered) records are
 * counted per topic.
 */
@ApplicationScoped
public class ConsumedEvents implements IncomingInterceptor {
  static final String[] CORRELATION_FIELDS = {"eventId", "videoId", "workspaceId"};

  private final MeterRegistry meters;

  public ConsumedEvents(MeterRegistry meters) {
    this.meters = meters;
  }

  /**
   * Runs before the record reaches the consumer, not yet on the record's own Vert.x context: the
   * ids go into that context's logging context, where the consumer's log lines find them.
   */
  @Override
  public Message<?> afterMessageReceive(Message<?> message) {
    var context = message.getMetadata(LocalContextMetadata.class).map(LocalContextMetadata::context);
    if (context.isPresent() && message.getPayload() instanceof IndexedRecord event) {
      for (String name : CORRELATION_FIELDS) {
        var value = valueOf(event, name);
        if (value != null) {
          VertxMDC.INSTANCE.put(name, value, context.get());
        }
      }
    }
    return message;
  }

  @Override
  public void onMessageAck(Message<?> message) {
    meters.counter("yt.events.consumed", "topic", topicOf(message)).increment();
  }

  @Override
  public void onMessageNack(Message<?> message, Throwable failure) {
    String topic = topicOf(message);
    meters.counter("yt.events.failed", "topic", topic).increment();
    Log.errorf("event %s from %s failed and goes to the dead-letter topic: %s", eventIdOf(message), topic,
        failure.toString());
  }

  private static String eventIdOf(Message<?> message) {
    return message.getPayload() instanceof IndexedRecord event ? valueOf(event, "eventId") : "(undecodable record)";
  }

  private static String topicOf(Message<?> message) {
    return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
        .orElse("unknown");
  }

  /** The field's value as text, or null when the event has no such field. */
  static String valueOf(IndexedRecord event, String name) {
    var field = ((GenericContainer) event).getSchema().getField(name);
    if (field == null) {
      return null;
    }
    Object value = event.get(field.pos());
    return value == null ? null : value.toString();
  }
}
