package io.ytautopilot.cli.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The tests' own access to the test broker, independent of ytap: topics, raw records and committed
 * offsets. What it creates it removes again, so the test stack's dead-letter listing stays readable.
 */
final class Topics {
  private final String bootstrapServers;
  private final List<String> created = new ArrayList<>();

  Topics(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  void create(String topic, int partitions) throws ExecutionException, InterruptedException {
    try (var admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }
    created.add(topic);
  }

  /** Deletes the topics this instance created and the given (empty) consumer groups. */
  void deleteCreated(String... groups) throws ExecutionException, InterruptedException {
    try (var admin = admin()) {
      if (groups.length > 0) {
        admin.deleteConsumerGroups(List.of(groups)).all().get();
      }
      admin.deleteTopics(created).all().get();
    }
    created.clear();
  }

  void produce(ProducerRecord<byte[], byte[]> record) throws ExecutionException, InterruptedException {
    var properties = properties();
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(record).get();
    }
  }

  /** Every record the topic holds now, partition by partition, oldest first. */
  List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    try (var consumer = new KafkaConsumer<>(properties(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      var records = new ArrayList<ConsumerRecord<byte[], byte[]>>();
      while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
          : Long.compare(a.offset(), b.offset()));
      return records;
    }
  }

  /** The group's committed offset per partition of the topic. */
  Map<Integer, Long> committed(String group, String topic) throws ExecutionException, InterruptedException {
    try (var admin = admin()) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      var byPartition = new TreeMap<Integer, Long>();
      offsets.forEach((partition, offset) -> {
        if (partition.topic().equals(topic)) {
          byPartition.put(partition.partition(), offset.offset());
        }
      });
      return byPartition;
    }
  }

  Properties consumerProperties(String group) {
    var properties = properties();
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return properties;
  }

  private Admin admin() {
    return Admin.create(properties());
  }

  private Properties properties() {
    var properties = new Properties();
    properties.put("bootstrap.servers", bootstrapServers);
    return properties;
  }
}
