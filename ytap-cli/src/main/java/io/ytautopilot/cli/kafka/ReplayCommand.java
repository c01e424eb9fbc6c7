package io.ytautopilot.cli.kafka;

import io.ytautopilot.cli.Failures;
import io.ytautopilot.cli.Refusal;
import io.ytautopilot.cli.YtapCommand;
import io.ytautopilot.cli.kafka.TopicRanges.Range;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Move a consumer group's committed offsets on a topic, to read its records again.",
        "The group's consumers read from the new offsets when they start. Prints the plan; --execute applies it."
            + " Refused while the group has active members: stop its consumers (scale the service to 0) first."
            + " Every consumer dedupes by event id (inbox), so a replay changes no state and repeats no side effect."})
public class ReplayCommand implements Callable<Integer> {

  @ParentCommand
  YtapCommand ytap;

  @Spec
  CommandSpec spec;

  @Option(names = "--group", required = true, paramLabel = "GROUP",
      description = "the consumer group (a service's group is its name, e.g. review-service)")
  String group;

  @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "the topic, e.g. yt.script.drafted")
  String topic;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Start start;

  static class Start {
    @Option(names = "--from-offset", paramLabel = "N",
        description = "start every partition at offset N (clamped to the records the partition still holds)")
    Long offset;

    @Option(names = "--from-time", paramLabel = "ISO8601", converter = InstantConverter.class,
        description = "start every partition at its first record at or after this time, e.g. 2025-06-01T08:00:00Z")
    Instant time;
  }

  @Option(names = "--execute", description = "apply the plan (without it, only print it)")
  boolean execute;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    try (var admin = KafkaClients.admin(ytap.kafka())) {
      var ranges = TopicRanges.of(admin, topic);
      var targets = targets(admin, ranges);
      var committed = committed(admin);
      out.printf("replay of %s for group %s from %s%n", topic, group,
          start.offset != null ? "offset " + start.offset : start.time);
      out.printf("%9s  %9s  %9s  %9s%n", "PARTITION", "COMMITTED", "TARGET", "END");
      for (var range : ranges.values()) {
        var current = committed.get(range.partition());
        out.printf("%9d  %9s  %9d  %9d%n", range.partition().partition(),
            current == null ? "-" : Long.toString(current.offset()), targets.get(range.partition()), range.end());
      }
      var members = activeMembers(admin);
      if (!members.isEmpty()) {
        throw new Refusal("group " + group + " has " + members.size() + " active member"
            + (members.size() == 1 ? "" : "s") + " (" + members.stream()
                .map(member -> member.clientId() + "@" + member.host()).collect(Collectors.joining(", "))
            + "): stop its consumers first; offsets can only be moved while the group is empty");
      }
      if (!execute) {
        out.println("dry run: nothing changed; add --execute to move the offsets");
        return 0;
      }
      Map<TopicPartition, OffsetAndMetadata> offsets = targets.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue())));
      alter(admin, offsets);
      out.println("offsets of group " + group + " on " + topic + " moved; its consumers read from there when they start");
      return 0;
    }
  }

  private Map<TopicPartition, Long> targets(Admin admin, Map<TopicPartition, Range> ranges)
      throws InterruptedException, ExecutionException {
    var targets = new LinkedHashMap<TopicPartition, Long>();
    if (start.offset != null) {
      ranges.values().forEach(range -> targets.put(range.partition(),
          Math.max(range.earliest(), Math.min(start.offset, range.end()))));
      return targets;
    }
    var atTime = TopicRanges.offsets(admin, ranges.keySet(), OffsetSpec.forTimestamp(start.time.toEpochMilli()));
    ranges.values().forEach(range -> {
      long offset = atTime.get(range.partition()).offset();
      targets.put(range.partition(), offset < 0 ? range.end() : offset); // -1: nothing that new yet
    });
    return targets;
  }

  private Map<TopicPartition, OffsetAndMetadata> committed(Admin admin) throws InterruptedException, ExecutionException {
    Map<TopicPartition, OffsetAndMetadata> all = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    var onTopic = new LinkedHashMap<TopicPartition, OffsetAndMetadata>();
    all.forEach((partition, offset) -> {
      if (partition.topic().equals(topic) && offset != null) {
        onTopic.put(partition, offset);
      }
    });
    return onTopic;
  }

  private List<MemberDescription> activeMembers(Admin admin) throws InterruptedException, ExecutionException {
    try {
      return List.copyOf(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members());
    } catch (ExecutionException e) {
      if (Failures.unwrap(e) instanceof GroupIdNotFoundException) {
        return List.of(); // a group that never committed: the plan creates it
      }
      throw e;
    }
  }

  private void alter(Admin admin, Map<TopicPartition, OffsetAndMetadata> offsets) throws InterruptedException {
    try {
      admin.alterConsumerGroupOffsets(group, offsets).all().get();
    } catch (ExecutionException e) {
      // a consumer joined between the check and the change: the broker refuses, nothing moved
      throw new Refusal("the broker refused to move the offsets of group " + group + ": " + Failures.describe(e));
    }
  }

  /** ISO 8601 with an offset or Z: 2025-06-01T08:00:00Z, 2025-06-01T10:00:00+02:00. */
  static class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not an ISO 8601 time with offset, e.g. 2025-06-01T08:00:00Z");
      }
    }
  }
}
