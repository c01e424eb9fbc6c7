package io.ytautopilot.cli.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka clients ytap uses: raw bytes only (a record is shown or moved exactly as it is), and
 * short timeouts, so an unreachable broker fails the command within seconds instead of a minute.
 */
final class KafkaClients {
  private static final String TIMEOUT_MS = "15000";

  private KafkaClients() {}

  static Admin admin(String bootstrapServers) {
    return Admin.create(common(bootstrapServers));
  }

  /** Reads by assignment, without a consumer group: looking at a topic commits nothing. */
  static KafkaConsumer<byte[], byte[]> reader(String bootstrapServers) {
    var properties = common(bootstrapServers);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
    return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Idempotent and acks=all: a redriven record is written once and survives a broker failover. */
  static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
    var properties = common(bootstrapServers);
    properties.putAll(Map.of(
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.MAX_BLOCK_MS_CONFIG, TIMEOUT_MS,
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000"));
    return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static Properties common(String bootstrapServers) {
    var properties = new Properties();
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, "ytap");
    properties.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    properties.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
    return properties;
  }
}
