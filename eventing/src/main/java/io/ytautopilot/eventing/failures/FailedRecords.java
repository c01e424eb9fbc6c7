package io.ytautopilot.eventing.failures;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDelayedRetryTopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Decides where a record goes when its consumer fails it. SmallRye's delayed-retry-topic strategy
 * (the connector's failure strategy) moves it through the consumer's retry topics, one per delay,
 * and after the last one to the consumer's dead-letter topic ({@link FailureTopics}). Two cases skip
 * the retries and go to the dead-letter topic at once, since a retry would fail the same way: a
 * record whose value could not be decoded (not Avro, an unknown schema id) or is empty, and a record
 * its consumer could not verify ({@link UnverifiedEvent}, also counted as {@code yt.events.unverified}).
 *
 * <p>A dead-lettered record keeps its key, value bytes and headers, plus the {@code dead-letter-*}
 * headers below: the last failure, where the record was first read, and which consumer failed.
 */
@ApplicationScoped
public class FailedRecords {
  public static final String REASON = "dead-letter-reason";
  public static final String CAUSE = "dead-letter-cause";
  public static final String EXCEPTION = "dead-letter-exception-class-name";
  public static final String ORIGINAL_TOPIC = "dead-letter-topic";
  public static final String ORIGINAL_PARTITION = "dead-letter-partition";
  public static final String ORIGINAL_OFFSET = "dead-letter-offset";
  /** The consumer group that failed the record. */
  public static final String CONSUMER = "dead-letter-consumer";
  /** How many times the consumer tried the record: 1 plus its retries. */
  public static final String ATTEMPTS = "dead-letter-attempts";

  private final Config config;
  private final MeterRegistry meters;
  private final Map<String, Consumer> consumers = new ConcurrentHashMap<>();

  public FailedRecords(Config config, MeterRegistry meters) {
    this.config = config;
    this.meters = meters;
  }

  /** The topic a record was first read from: a retried record names it in its headers. */
  public static String originalTopic(IncomingKafkaRecordMetadata<?, ?> record) {
    Header retriedFrom = record.getHeaders().lastHeader(KafkaDelayedRetryTopic.DELAYED_RETRY_TOPIC);
    return retriedFrom == null ? record.getTopic() : text(retriedFrom);
  }

  /** The message, nacked into a retry topic or straight into the consumer's dead-letter topic. */
  public Message<?> routed(Message<?> message) {
    var record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
    if (record == null) {
      return message;
    }
    return message.withNackWithMetadata((failure, metadata) -> nack(message, record, failure, metadata));
  }

  private CompletionStage<Void> nack(Message<?> message, IncomingKafkaRecordMetadata<?, ?> record, Throwable failure,
      Metadata metadata) {
    var consumer = consumers.computeIfAbsent(record.getChannel(), this::consumerOf);
    int retriesDone = KafkaDelayedRetryTopic.getRetryHeader(record.getHeaders());
    String topic = originalTopic(record);
    String event = message.getPayload() instanceof IndexedRecord value ? eventIdOf(value) : "(undecodable record)";
    boolean unverified = unverified(failure);
    if (message.getPayload() != null && !unverified && retriesDone < consumer.retryTopics().size()) {
      meters.counter("yt.events.retried", "topic", topic).increment();
      Log.warnf("event %s from %s failed (attempt %d of %d), retried through %s: %s", event, topic, retriesDone + 1,
          consumer.retryTopics().size() + 1, consumer.retryTopics().get(retriesDone), failure.toString());
      return message.nack(failure, metadata);
    }
    meters.counter("yt.events.failed", "topic", topic).increment();
    if (unverified) {
      meters.counter("yt.events.unverified", "topic", topic).increment();
      Log.errorf("ALERT event %s from %s failed verification: %s", event, topic, failure.getMessage());
    }
    Log.errorf("event %s from %s failed (attempt %d) and goes to the dead-letter topic %s: %s", event, topic,
        retriesDone + 1, consumer.deadLetterTopic(), failure.toString());
    var toDeadLetters = OutgoingKafkaRecordMetadata.builder()
        .withTopic(consumer.deadLetterTopic())
        .withHeaders(deadLetterHeaders(record, consumer, failure, retriesDone + 1))
        .build();
    return message.nack(failure, metadata.with(toDeadLetters));
  }

  private static Headers deadLetterHeaders(IncomingKafkaRecordMetadata<?, ?> record, Consumer consumer,
      Throwable failure, int attempts) {
    Headers own = record.getHeaders();
    // an undecodable value: the decoder's reason says more than the handler's "no event"
    Header undecodable = own.lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON);
    Header undecodableCause = own.lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_CAUSE);
    var headers = new RecordHeaders();
    add(headers, REASON, undecodable != null ? text(undecodable) : messageOf(failure));
    if (undecodable != null ? undecodableCause != null : failure.getCause() != null) {
      add(headers, CAUSE, undecodable != null ? text(undecodableCause) : messageOf(failure.getCause()));
    }
    add(headers, EXCEPTION, failure.getClass().getName());
    Header retriedFrom = own.lastHeader(KafkaDelayedRetryTopic.DELAYED_RETRY_TOPIC);
    add(headers, ORIGINAL_TOPIC, originalTopic(record));
    add(headers, ORIGINAL_PARTITION, retriedFrom == null ? Integer.toString(record.getPartition())
        : text(own.lastHeader(KafkaDelayedRetryTopic.DELAYED_RETRY_PARTITION)));
    add(headers, ORIGINAL_OFFSET, retriedFrom == null ? Long.toString(record.getOffset())
        : text(own.lastHeader(KafkaDelayedRetryTopic.DELAYED_RETRY_OFFSET)));
    add(headers, CONSUMER, consumer.group());
    add(headers, ATTEMPTS, Integer.toString(attempts));
    return headers;
  }

  private Consumer consumerOf(String channel) {
    String prefix = "mp.messaging.incoming." + channel + ".";
    var retryTopics = config.getOptionalValue(prefix + "delayed-retry-topic.topics", String.class)
        .map(topics -> List.of(topics.split(","))).orElse(List.of());
    return new Consumer(FailureTopics.consumerGroup(channel, name -> config.getOptionalValue(name, String.class)),
        retryTopics, config.getValue(prefix + "dead-letter-queue.topic", String.class));
  }

  private static boolean unverified(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnverifiedEvent) {
        return true;
      }
    }
    return false;
  }

  private static String eventIdOf(IndexedRecord event) {
    var field = event.getSchema().getField("eventId");
    return field == null ? "(no event id)" : String.valueOf(event.get(field.pos()));
  }

  private static String messageOf(Throwable failure) {
    return failure.getMessage() != null ? failure.getMessage() : failure.toString();
  }

  private static void add(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Header header) {
    return header == null || header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private record Consumer(String group, List<String> retryTopics, String deadLetterTopic) {}
}
