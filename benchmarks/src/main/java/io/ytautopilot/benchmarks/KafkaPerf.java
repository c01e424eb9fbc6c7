package io.ytautopilot.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Baselines from the broker's own tools, on the same broker, on throw-away topics of one partition
 * (like the event topics of the dev stack), with records as large as a serialized ScriptDrafted and
 * acks=all (what the services' relay asks for).
 */
final class KafkaPerf {
  record Result(int recordSize, int records, double producerRecordsPerSecond, double producerMbPerSecond,
      double producerAverageLatencyMs, double consumerRecordsPerSecond, double consumerMbPerSecond,
      int latencyRecords, double endToEndAverageMs, double endToEndP50Ms, double endToEndP99Ms) {}

  private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
      "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, [\\d.]+ ms max latency, \\d+ ms 50th");
  private static final Pattern E2E_AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");
  private static final Pattern E2E_PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+)");

  private KafkaPerf() {}

  static Result run(Settings settings, String runId, int recordSize) throws IOException, InterruptedException {
    String throughputTopic = "bench.raw." + runId;
    String latencyTopic = "bench.latency." + runId;
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()))) {
      createTopics(admin, throughputTopic, latencyTopic);
      try {
        int records = settings.kafkaPerfRecords();
        Progress.detail("ProducerPerformance: %d records of %d bytes, acks=all", records, recordSize);
        String produced = tool(settings, "org.apache.kafka.tools.ProducerPerformance", "--topic", throughputTopic,
            "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize),
            "--throughput", "-1", "--producer-props", "bootstrap.servers=" + settings.kafkaBootstrap(), "acks=all");
        Matcher producer = lastMatch(PRODUCER_SUMMARY, produced);

        Progress.detail("ConsumerPerformance: %d records", records);
        String consumed = tool(settings, "org.apache.kafka.tools.ConsumerPerformance",
            "--bootstrap-server", settings.kafkaBootstrap(), "--topic", throughputTopic,
            "--messages", Integer.toString(records), "--timeout", "30000", "--group", "bench-perf-" + runId);
        var consumer = consumerStats(consumed);

        int latencyRecords = settings.kafkaLatencyRecords();
        Progress.detail("EndToEndLatency: %d records, one at a time, acks=all", latencyRecords);
        String latency = tool(settings, "org.apache.kafka.tools.EndToEndLatency", settings.kafkaBootstrap(),
            latencyTopic, Integer.toString(latencyRecords), "all", Integer.toString(recordSize));
        Matcher percentiles = lastMatch(E2E_PERCENTILES, latency);

        var result = new Result(recordSize, records, Double.parseDouble(producer.group(2)),
            Double.parseDouble(producer.group(3)), Double.parseDouble(producer.group(4)),
            consumer.get("fetch.nMsg.sec"), consumer.get("fetch.MB.sec"), latencyRecords,
            Double.parseDouble(Pgbench.find(E2E_AVERAGE, latency)),
            Double.parseDouble(percentiles.group(1)), Double.parseDouble(percentiles.group(2)));
        Progress.detail("producer %.0f records/s, consumer %.0f records/s, end-to-end p50 %.0f ms p99 %.0f ms",
            result.producerRecordsPerSecond(), result.consumerRecordsPerSecond(), result.endToEndP50Ms(),
            result.endToEndP99Ms());
        return result;
      } finally {
        deleteTopics(admin, throughputTopic, latencyTopic);
      }
    }
  }

  private static String tool(Settings settings, String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xmx512m", "@" + settings.kafkaToolsArgs(), mainClass));
    command.addAll(Arrays.asList(args));
    return Processes.run(Duration.ofMinutes(3), command);
  }

  /** ConsumerPerformance prints a header line and a line of values, comma separated. */
  private static Map<String, Double> consumerStats(String output) {
    var lines = output.lines().map(String::strip).toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("start.time")) {
        String[] names = lines.get(i).split(",\\s*");
        String[] values = lines.get(i + 1).split(",\\s*");
        var stats = new HashMap<String, Double>();
        for (int column = 2; column < Math.min(names.length, values.length); column++) {
          stats.put(names[column], Double.parseDouble(values[column]));
        }
        return stats;
      }
    }
    throw new IllegalStateException("no statistics in the ConsumerPerformance output:\n" + output);
  }

  private static Matcher lastMatch(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    int lastStart = -1;
    while (matcher.find()) {
      lastStart = matcher.start();
    }
    if (lastStart < 0 || !matcher.find(lastStart)) {
      throw new IllegalStateException("no '" + pattern + "' in the output:\n" + output);
    }
    return matcher;
  }

  private static void createTopics(Admin admin, String... topics) {
    try {
      admin.createTopics(Arrays.stream(topics).map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all().get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot create the throw-away topics", e);
    }
  }

  private static void deleteTopics(Admin admin, String... topics) {
    try {
      admin.deleteTopics(List.of(topics)).all().get();
    } catch (InterruptedException | ExecutionException e) {
      Progress.detail("could not delete the throw-away topics %s: %s", List.of(topics), e.getMessage());
    }
  }
}
