package io.ytautopilot.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads (or counts) the records of one key on a topic without a consumer group (no rebalance to wait for)
 * and without decoding values (poison records count like any other): everything on the topic up
 * to its current end, plus whatever arrives during a further window.
 */
public final class TopicRecords {
  private TopicRecords() {}

  public static long countWithKey(String bootstrapServers, String topic, String key, Duration window) {
    return withKey(bootstrapServers, topic, key, window).size();
  }

  /** The records of one key, values undecoded, with their headers. */
  public static List<ConsumerRecord<String, byte[]>> withKey(String bootstrapServers, String topic, String key,
      Duration window) {
    var properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long windowEnds = System.nanoTime() + window.toNanos();
      var found = new ArrayList<ConsumerRecord<String, byte[]>>();
      while (System.nanoTime() < windowEnds
          || partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          if (key.equals(record.key())) {
            found.add(record);
          }
        }
      }
      return found;
    }
  }
}
