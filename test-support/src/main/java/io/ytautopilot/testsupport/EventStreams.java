package io.ytautopilot.testsupport;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Talks to the real broker and registry the service under test uses, as an outside subscriber
 * would: Avro through the Apicurio serde, records keyed by video (or workspace) id.
 */
public final class EventStreams implements AutoCloseable {
  private final String bootstrapServers;
  private final KafkaCompanion companion;
  private final Map<String, Object> serdeConfig;

  private EventStreams(String bootstrapServers, String registryUrl) {
    this.bootstrapServers = bootstrapServers;
    this.companion = new KafkaCompanion(bootstrapServers);
    this.serdeConfig = Map.of(
        "apicurio.registry.url", registryUrl,
        "apicurio.registry.auto-register", "true",
        "apicurio.registry.use-specific-avro-reader", "true");
  }

  private static EventStreams shared;

  /** One instance per test JVM, on the running Quarkus test's broker and registry, closed at exit. */
  public static synchronized EventStreams shared() {
    if (shared == null) {
      shared = fromConfig();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** Uses the broker and registry of the running Quarkus test (local stack or Dev Services). */
  public static EventStreams fromConfig() {
    var config = ConfigProvider.getConfig();
    return new EventStreams(config.getValue("kafka.bootstrap.servers", String.class),
        config.getValue("mp.messaging.connector.smallrye-kafka.apicurio.registry.url", String.class));
  }

  public static EventStreams of(String bootstrapServers, String registryUrl) {
    return new EventStreams(bootstrapServers, registryUrl);
  }

  public <T extends SpecificRecord> void publish(String topic, String key, T event) {
    publish(topic, key, event, new RecordHeaders());
  }

  /** Publishes with record headers, e.g. the traceparent an upstream service's producer span writes. */
  public <T extends SpecificRecord> void publish(String topic, String key, T event, Headers headers) {
    companion.produceWithSerializers(Serdes.String().serializer(), this.<T>serde().serializer())
        .fromRecords(new ProducerRecord<>(topic, null, key, event, headers))
        .awaitCompletion(Duration.ofSeconds(30));
  }

  /** Starts reading a topic from the beginning with a fresh group; close the task when done. */
  public <T extends SpecificRecord> ConsumerTask<String, T> read(String topic) {
    Serde<T> serde = serde();
    return companion.consumeWithDeserializers(Serdes.String().deserializer(), serde.deserializer())
        .withGroupId("test-" + UUID.randomUUID())
        .withOffsetReset(OffsetResetStrategy.EARLIEST)
        .fromTopics(topic);
  }

  /** Waits for the first record with this key on the topic. */
  public <T extends SpecificRecord> ConsumerRecord<String, T> awaitRecord(String topic, String key, Duration timeout) {
    try (ConsumerTask<String, T> task = read(topic)) {
      return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
          .until(() -> task.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null),
              record -> record != null);
    }
  }

  /** Waits for the first value with this key on the topic that matches; poison records and tombstones are skipped. */
  public <T extends SpecificRecord> T awaitValue(String topic, String key, Predicate<T> matching, Duration timeout) {
    try (ConsumerTask<String, T> task = read(topic)) {
      return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200))
          .until(() -> task.getRecords().stream()
              .filter(record -> key.equals(record.key()) && record.value() != null)
              .map(ConsumerRecord::value)
              .filter(matching)
              .findFirst().orElse(null), value -> value != null);
    }
  }

  /**
   * How many records with this key the topic holds now, plus those arriving within the window: for
   * asserting that something happened exactly once (or not at all).
   */
  public long countWithKey(String topic, String key, Duration window) {
    return TopicRecords.countWithKey(bootstrapServers, topic, key, window);
  }

  private <T extends SpecificRecord> Serde<T> serde() {
    var serializer = new AvroKafkaSerializer<T>();
    serializer.configure(serdeConfig, false);
    var deserializer = new AvroKafkaDeserializer<T>();
    deserializer.configure(serdeConfig, false);
    return Serdes.serdeFrom(serializer, tolerant(deserializer));
  }

  /**
   * Topics may hold poison records (other tests put some there on purpose); a reader that looks for
   * its own keys skips them as null values instead of stopping.
   */
  private static <T> Deserializer<T> tolerant(Deserializer<T> avro) {
    return (topic, data) -> {
      try {
        return avro.deserialize(topic, data);
      } catch (RuntimeException undecodable) {
        return null;
      }
    };
  }

  @Override
  public void close() {
    companion.close();
  }
}
