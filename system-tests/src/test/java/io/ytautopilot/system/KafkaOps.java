package io.ytautopilot.system;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What an operator does with the Kafka tools: rewind consumer groups and watch their lag. */
final class KafkaOps implements AutoCloseable {
  private final Admin admin;

  KafkaOps(String bootstrapServers) {
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
