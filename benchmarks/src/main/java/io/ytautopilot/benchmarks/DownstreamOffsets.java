package io.ytautopilot.benchmarks;

import io.ytautopilot.events.Topics;
import java.util.Arrays;
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
 * A service stays stopped while the benchmark feeds it work it must not do: production-service while
 * B1-B3 approve thousands of scripts (each ScriptApproved would start a render taking seconds of CPU),
 * publish-service while B4 approves videos (each VideoApproved would publish one). Before the service
 * starts again, its consumer group is moved to the end of the topics the run wrote to, so it acts on
 * none of them.
 */
final class DownstreamOffsets {
  /** Records the group will not read, per topic (the whole topic where it had no offset yet). */
  record Skipped(String group, Map<String, Long> recordsByTopic) {}

  /** Each service's consumer group (its name) and the topics of the run it must not act on. */
  enum Downstream {
    PRODUCTION("production-service", Set.of(Topics.SCRIPT_DRAFTED, Topics.SCRIPT_APPROVED)),
    PUBLISH("publish-service", Set.of(Topics.VIDEO_APPROVED));

    final String group;
    final Set<String> topics;

    Downstream(String group, Set<String> topics) {
      this.group = group;
      this.topics = topics;
    }

    static Downstream of(String group) {
      return Arrays.stream(values()).filter(downstream -> downstream.group.equals(group)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no downstream service " + group));
    }
  }

  private static final long RETRY_MILLIS = 60_000;

  private DownstreamOffsets() {}

  static Skipped skipToEnd(Settings settings, Downstream downstream) throws InterruptedException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()))) {
      long deadline = System.currentTimeMillis() + RETRY_MILLIS;
      while (true) {
        try {
          return moveToEnd(admin, downstream);
        } catch (ExecutionException stillMember) {
          // a stopped consumer leaves its group at once; a killed one only after its session times out
          if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException("cannot move the offsets of " + downstream.group, stillMember.getCause());
          }
          Thread.sleep(2_000);
        }
      }
    }
  }

  /**
   * Every partition of the topics, also those the group has no offset for yet: with none, the
   * consumer would start from the earliest record (auto.offset.reset) and read the whole run.
   * Only a partition whose committed offset is already its end stays as it is.
   */
  private static Skipped moveToEnd(Admin admin, Downstream downstream) throws ExecutionException, InterruptedException {
    String group = downstream.group;
    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin.describeTopics(downstream.topics).allTopicNames().get().values().forEach(topic ->
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
      // the Admin client maps "no committed offset" to a missing entry or a null value
      var offset = committed.get(partition);
      if (offset == null || offset.offset() != end.offset()) {
        moved.put(partition, new OffsetAndMetadata(end.offset()));
        skipped.merge(partition.topic(),
            recordsSkipped(offset == null ? null : offset.offset(), starts.get(partition).offset(), end.offset()),
            Long::sum);
      }
    });
    if (!moved.isEmpty()) {
      admin.alterConsumerGroupOffsets(group, moved).all().get();
    }
    return new Skipped(group, skipped);
  }

  /**
   * Records of a partition holding offsets [start, end) that a group moved to its end will not read:
   * from where it would have resumed, its committed offset, or start where it has none or the one it
   * has is out of range (deleted by retention, or past the end of a re-created topic), because every
   * consumer of the project resets to the earliest record.
   */
  static long recordsSkipped(Long committed, long start, long end) {
    long from = committed == null || committed < start || committed > end ? start : committed;
    // start and end come from two requests: a topic re-created in between must not count negative
    return Math.max(0, end - from);
  }
}
