package io.ytautopilot.cli.kafka;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Show the records of a dead-letter topic, oldest first.",
        "For each: partition, offset, time, key, every header (dead-letter-reason, -cause, -topic, -partition,"
            + " -offset, -consumer and -attempts among them) and the value, decoded through the registry when it is Avro, else the start of"
            + " its bytes in hex."})
public class DeadLetterShowCommand implements Callable<Integer> {

  @ParentCommand
  DeadLetterCommand dlq;

  @Spec
  CommandSpec spec;

  @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "the dead-letter topic")
  String topic;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "show at most N records (default: ${DEFAULT-VALUE})")
  long limit;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    try (var admin = KafkaClients.admin(dlq.ytap().kafka());
        var consumer = KafkaClients.reader(dlq.ytap().kafka());
        var values = new AvroValues(dlq.ytap().registry())) {
      var ranges = new ArrayList<>(TopicRanges.of(admin, topic).values());
      long total = ranges.stream().mapToLong(TopicRanges.Range::count).sum();
      var records = TopicReader.read(consumer, ranges, limit);
      out.println(topic + ": " + total + " record" + (total == 1 ? "" : "s")
          + (records.size() < total ? ", showing the oldest " + records.size() + " (--limit)" : ""));
      for (var record : records) {
        print(out, record, values);
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, ConsumerRecord<byte[], byte[]> record, AvroValues values) {
    out.println();
    out.printf("partition %d offset %d  %s  key %s  value %s%n", record.partition(), record.offset(),
        Instant.ofEpochMilli(record.timestamp()), record.key() == null ? "null" : DeadLetterHeaders.printable(record.key()),
        record.value() == null ? "null" : record.value().length + " bytes");
    for (var header : record.headers()) {
      out.printf("  %s: %s%n", header.key(), DeadLetterHeaders.printable(header.value()));
    }
    var decoded = values.decode(DeadLetterHeaders.originalTopic(record.headers()).orElse(record.topic()),
        record.headers(), record.value());
    out.printf("  value (%s): %s%n", decoded.kind(), decoded.text());
  }
}
