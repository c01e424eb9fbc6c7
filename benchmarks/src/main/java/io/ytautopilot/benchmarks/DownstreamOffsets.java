package io.ytautopilot.benchmarks;

import io.ytautopilot.events.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * production-service stays stopped while the benchmark approves thousands of scripts: each
 * ScriptApproved would start a render taking seconds of CPU. Before it starts again, its consumer
 * group is moved to the end of the topics the benchmark wrote to, so it renders none of them.
 */
final class DownstreamOffsets {
  /** Records the group will not read, per topic (the whole topic where it had no offset yet). */
  record Skipped(String group, Map<String, Long> recordsByTopic) {}

  static final String GROUP = "production-service";
  static final Set<String> BENCHMARK_TOPICS = Set.of(Topics.SCRIPT_DRAFTED, Topics.SCRIPT_APPROVED);
  private static final long RETRY_MILLIS = 60_000;

  private DownstreamOffsets() {}

  static Skipped skipToEnd(Settings settings) throws InterruptedException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()))) {
      long deadline = System.currentTimeMillis() + RETRY_MILLIS;
      while (true) {
        try {
          return moveToEnd(admin);
        } catch (ExecutionException stillMember) {
          // a stopped consumer leaves its group at once; a killed one only after its session times out
          if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException("cannot move the offsets of " + GROUP, stillMember.getCause());
          }
          Thread.sleep(2_000);
        }
      }
    }
  }

  /**
   * Every partition of the topics, also those the group has no offset for yet: with none, the
   * consumer would start from the earliest record (auto.offset.reset) and read the whole run.
   */
  private static Skipped moveToEnd(Admin admin) throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
        .partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin.describeTopics(BENCHMARK_TOPICS).allTopicNames().get().values().forEach(topic ->
        topic.partitions().forEach(partition -> {
          var topicPartition = new TopicPartition(topic.name(), partition.partition());
          earliest.put(topicPartition, OffsetSpec.earliest());
          latest.put(topicPartition, OffsetSpec.latest());
        }));
    var starts = admin.listOffsets(earliest).all().get();
    var ends = admin.listOffsets(latest).all().get();
    Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
    Map<String, Long> skipped = new TreeMap<>();
    ends.forEach((partition, end) -> {
      var offset = committed.get(partition);
      long from = offset != null ? offset.offset() : starts.get(partition).offset();
      if (offset == null || end.offset() > from) {
        moved.put(partition, new OffsetAndMetadata(end.offset()));
        skipped.merge(partition.topic(), Math.max(0, end.offset() - from), Long::sum);
      }
    });
    if (!moved.isEmpty()) {
      admin.alterConsumerGroupOffsets(GROUP, moved).all().get();
    }
    return new Skipped(GROUP, skipped);
  }
}
