package io.ytautopilot.cli.kafka;

import io.ytautopilot.cli.Failures;
import io.ytautopilot.cli.Refusal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Which offsets each partition of a topic holds now: from the earliest kept record up to the end. */
final class TopicRanges {
  private TopicRanges() {}

  /** One partition: records at offsets earliest (inclusive) to end (exclusive). */
  record Range(TopicPartition partition, long earliest, long end) {
    long count() {
      return end - earliest;
    }

    boolean holds(long offset) {
      return offset >= earliest && offset < end;
    }
  }

  /** The partitions of the topics, in topic and partition order; refuses a topic that does not exist. */
  static List<TopicPartition> partitions(Admin admin, Collection<String> topics) throws InterruptedException {
    try {
      return admin.describeTopics(topics).allTopicNames().get().values().stream()
          .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
          .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
          .toList();
    } catch (ExecutionException e) {
      if (Failures.unwrap(e) instanceof UnknownTopicOrPartitionException) {
        throw new Refusal("no such topic: " + String.join(", ", topics));
      }
      throw new IllegalStateException(Failures.describe(e), e);
    }
  }

  static Map<TopicPartition, Range> of(Admin admin, String topic) throws InterruptedException, ExecutionException {
    return of(admin, partitions(admin, List.of(topic)));
  }

  static Map<TopicPartition, Range> of(Admin admin, List<TopicPartition> partitions)
      throws InterruptedException, ExecutionException {
    var earliest = offsets(admin, partitions, OffsetSpec.earliest());
    var latest = offsets(admin, partitions, OffsetSpec.latest());
    var ranges = new LinkedHashMap<TopicPartition, Range>();
    for (var partition : partitions) {
      ranges.put(partition, new Range(partition, earliest.get(partition).offset(), latest.get(partition).offset()));
    }
    return ranges;
  }

  static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin, Collection<TopicPartition> partitions,
      OffsetSpec spec) throws InterruptedException, ExecutionException {
    Map<TopicPartition, OffsetSpec> request = partitions.stream()
        .collect(Collectors.toMap(Function.identity(), partition -> spec));
    return admin.listOffsets(request).all().get();
  }
}
