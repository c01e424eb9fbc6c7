package io.ytautopilot.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What an operator does with the Kafka tools: rewind consumer groups, watch their lag, count records. */
final class KafkaOps implements AutoCloseable {
  private final Admin admin;
  private final String bootstrapServers;

  KafkaOps(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
    this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
  }

  /** Rewinds every partition a (stopped) consumer group has committed to offset 0: a full replay. */
  void rewindToStart(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    Map<TopicPartition, OffsetAndMetadata> start = committed.keySet().stream()
        .collect(Collectors.toMap(partition -> partition, partition -> new OffsetAndMetadata(0)));
    admin.alterConsumerGroupOffsets(group, start).all().get();
  }

  /** Records the group has not committed yet, over all its partitions. */
  long lag(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    var ends = admin.listOffsets(committed.keySet().stream()
        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get();
    long lag = 0;
    for (var entry : committed.entrySet()) {
      lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
    }
    return lag;
  }

  /** How many records on the topic carry this key, read from the beginning to the current end. */
  long recordsWithKey(String topic, String key) {
    var properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long count = 0;
      while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          if (key.equals(record.key())) {
            count++;
          }
        }
      }
      return count;
    }
  }

  private Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
    var offsets = new HashMap<>(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get());
    offsets.values().removeIf(offset -> offset == null);
    return offsets;
  }

  @Override
  public void close() {
    admin.close();
  }
}
