package io.ytautopilot.cli.kafka;

import io.ytautopilot.cli.kafka.TopicRanges.Range;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.OffsetSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Every dead-letter topic with its record count and the time of its newest record.")
public class DeadLetterListCommand implements Callable<Integer> {

  @ParentCommand
  DeadLetterCommand dlq;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    String bootstrap = dlq.ytap().kafka();
    try (var admin = KafkaClients.admin(bootstrap)) {
      List<String> topics = admin.listTopics().names().get().stream()
          .filter(name -> name.endsWith(DeadLetterCommand.TOPIC_SUFFIX)).sorted().toList();
      if (topics.isEmpty()) {
        out.println("no dead-letter topics (*" + DeadLetterCommand.TOPIC_SUFFIX + ") on " + bootstrap);
        return 0;
      }
      var partitions = TopicRanges.partitions(admin, topics);
      var ranges = TopicRanges.of(admin, partitions);
      var newest = TopicRanges.offsets(admin, partitions, OffsetSpec.maxTimestamp());
      int width = Math.max("TOPIC".length(), topics.stream().mapToInt(String::length).max().orElse(0));
      out.printf("%-" + width + "s  %8s  %s%n", "TOPIC", "RECORDS", "NEWEST RECORD");
      for (String topic : topics) {
        long count = ranges.values().stream().filter(range -> range.partition().topic().equals(topic))
            .mapToLong(Range::count).sum();
        long newestMillis = newest.entrySet().stream().filter(entry -> entry.getKey().topic().equals(topic))
            .mapToLong(entry -> entry.getValue().timestamp()).max().orElse(-1);
        out.printf("%-" + width + "s  %8d  %s%n", topic, count,
            count > 0 && newestMillis >= 0 ? Instant.ofEpochMilli(newestMillis) : "-");
      }
      return 0;
    }
  }
}
