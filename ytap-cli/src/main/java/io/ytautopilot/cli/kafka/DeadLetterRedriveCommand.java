package io.ytautopilot.cli.kafka;

import io.ytautopilot.cli.Refusal;
import io.ytautopilot.cli.kafka.TopicRanges.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "redrive", mixinStandardHelpOptions = true,
    description = {"Put dead-lettered records back on the topic they came from.",
        "Each record goes to the topic in its dead-letter-topic header with the same key, value bytes and headers"
            + " (less the dead-letter-*, delayed-retry-* and deserialization-failure-* ones the failing consumer added),"
            + " through an idempotent producer with acks=all. The dead-letter topic"
            + " keeps them. A consumer that had already handled a record skips it (inbox by event id), so a redrive"
            + " is safe to repeat."})
public class DeadLetterRedriveCommand implements Callable<Integer> {

  @ParentCommand
  DeadLetterCommand dlq;

  @Spec
  CommandSpec spec;

  @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "the dead-letter topic")
  String topic;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Selection selection;

  static class Selection {
    @Option(names = "--offset", paramLabel = "O", description = "redrive the record at this offset")
    Long offset;

    @Option(names = "--all", description = "redrive every record of the topic")
    boolean all;
  }

  @Option(names = "--partition", paramLabel = "P",
      description = "only this partition (--offset needs it when the topic has several)")
  Integer partition;

  @Option(names = "--dry-run", description = "show what would be redriven, produce nothing")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    String bootstrap = dlq.ytap().kafka();
    try (var admin = KafkaClients.admin(bootstrap); var consumer = KafkaClients.reader(bootstrap)) {
      var records = chosen(admin, consumer);
      var targets = new LinkedHashSet<String>();
      for (var record : records) {
        targets.add(DeadLetterHeaders.originalTopic(record.headers()).orElseThrow(() -> new Refusal(
            "offset " + record.offset() + " of " + topic + " has no dead-letter-topic header: nowhere to redrive it")));
      }
      if (records.isEmpty()) {
        out.println(topic + " holds no records: nothing to redrive");
        return 0;
      }
      TopicRanges.partitions(admin, targets); // a redrive never creates a topic
      if (dryRun) {
        for (var record : records) {
          out.printf("would redrive %s  ->  %s%n", where(record), describe(record));
        }
        out.println("dry run: nothing produced; " + records.size() + " record" + plural(records.size())
            + " would go back");
        return 0;
      }
      try (var producer = KafkaClients.producer(bootstrap)) {
        for (var record : records) {
          String target = DeadLetterHeaders.originalTopic(record.headers()).orElseThrow();
          var metadata = producer.send(new ProducerRecord<>(target, null, record.key(), record.value(),
              DeadLetterHeaders.original(record.headers()))).get();
          out.printf("redrove %s  ->  %s partition %d offset %d%n", where(record), target, metadata.partition(),
              metadata.offset());
        }
      }
      out.println("redrove " + records.size() + " record" + plural(records.size())
          + "; consumers skip any they had already handled (inbox)");
      return 0;
    }
  }

  private List<ConsumerRecord<byte[], byte[]>> chosen(Admin admin, KafkaConsumer<byte[], byte[]> consumer)
      throws Exception {
    var ranges = new ArrayList<>(TopicRanges.of(admin, topic).values());
    if (selection.all) {
      return TopicReader.read(consumer, partition == null ? ranges : List.of(rangeOf(ranges)), Long.MAX_VALUE);
    }
    return List.of(TopicReader.readOne(consumer, rangeOf(ranges), selection.offset));
  }

  private Range rangeOf(List<Range> ranges) {
    if (partition == null) {
      if (ranges.size() > 1) {
        throw new ParameterException(spec.commandLine(),
            topic + " has " + ranges.size() + " partitions: say which with --partition");
      }
      return ranges.get(0);
    }
    return ranges.stream().filter(range -> range.partition().partition() == partition).findFirst()
        .orElseThrow(() -> new Refusal(topic + " has no partition " + partition));
  }

  private static String where(ConsumerRecord<byte[], byte[]> record) {
    return record.topic() + " partition " + record.partition() + " offset " + record.offset();
  }

  private static String describe(ConsumerRecord<byte[], byte[]> record) {
    return DeadLetterHeaders.originalTopic(record.headers()).orElseThrow() + " (key "
        + (record.key() == null ? "null" : DeadLetterHeaders.printable(record.key())) + ", "
        + (record.value() == null ? "null value" : record.value().length + " bytes") + ")";
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }
}
