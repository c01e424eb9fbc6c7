package io.ytautopilot.eventing.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.ytautopilot.eventing.failures.FailedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every record a service consumes, on every incoming channel (an interceptor without an identifier
 * applies to all): handled records are counted per topic (a retried record under the topic it was
 * first read from); a record its consumer fails goes where {@link FailedRecords} routes it (a retry
 * topic or the dead-letter topic), which also counts it. Its logging context: {@link EventLoggingContext}.
 */
@ApplicationScoped
public class ConsumedEvents implements IncomingInterceptor {
  private final MeterRegistry meters;
  private final FailedRecords failures;

  public ConsumedEvents(MeterRegistry meters, FailedRecords failures) {
    this.meters = meters;
    this.failures = failures;
  }

  @Override
  public Message<?> afterMessageReceive(Message<?> message) {
    return failures.routed(message);
  }

  @Override
  public void onMessageAck(Message<?> message) {
    meters.counter("yt.events.consumed", "topic", topicOf(message)).increment();
  }

  /** Logged and counted by {@link FailedRecords}, which knows where the record goes. */
  @Override
  public void onMessageNack(Message<?> message, Throwable failure) {}

  private static String topicOf(Message<?> message) {
    return message.getMetadata(IncomingKafkaRecordMetadata.class).map(FailedRecords::originalTopic)
        .orElse("unknown");
  }
}
