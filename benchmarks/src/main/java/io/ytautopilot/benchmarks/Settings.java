package io.ytautopilot.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the dev stack runs and how hard to push it. Every value has the dev stack's default and can be
 * changed with --name=value on the command line (benchmarks/run passes its extra arguments through).
 */
record Settings(
    Path root,
    String kafkaBootstrap,
    String registryUrl,
    String reviewUrl,
    String trendUrl,
    String databaseHost,
    int databasePort,
    String databaseAdmin,
    String serviceDatabaseUser,
    String serviceDatabasePassword,
    String pgbenchDatabase,
    int pgbenchScale,
    int pgbenchClients,
    int pgbenchSeconds,
    int kafkaPerfRecords,
    int kafkaLatencyRecords,
    List<Integer> concurrencyLevels,
    List<Integer> approvalsPerLevel,
    int warmupApprovals,
    int warmupSeconds,
    int latencyRatePerSecond,
    int latencySeconds,
    List<Integer> pipelineVideos,
    boolean keepData) {

  static final String STACK = "dev";

  static Settings from(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      int equals = arg.indexOf('=');
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    var reader = new OptionReader(options);
    var settings = new Settings(
        Path.of(reader.text("root", ".")).toAbsolutePath().normalize(),
        reader.text("kafka", "127.0.0.1:9092"),
        reader.text("registry", "http://127.0.0.1:8081/apis/registry/v3"),
        reader.text("review", "http://127.0.0.1:8093"),
        reader.text("trend", "http://127.0.0.1:8091"),
        reader.text("pg-host", "127.0.0.1"),
        reader.number("pg-port", 5432),
        reader.text("pg-admin", "postgres"),
        reader.text("db-user", "ytap"),
        reader.text("db-password", "ytap"),
        reader.text("pgbench-db", "ytap_bench"),
        reader.number("pgbench-scale", 10),
        reader.number("pgbench-clients", 4),
        reader.number("pgbench-seconds", 20),
        reader.number("kafka-records", 300_000),
        reader.number("kafka-latency-records", 2_000),
        reader.numbers("concurrency", "1,4,16,64"),
        reader.numbers("approvals", "300,600,1000,1500"),
        reader.number("warmup", 1500),
        reader.number("warmup-seconds", 120),
        reader.number("b3-rate", 20),
        reader.number("b3-seconds", 20),
        reader.numbers("b4-videos", "5,10"),
        Boolean.parseBoolean(reader.text("keep-data", "false")));
    if (settings.concurrencyLevels.size() != settings.approvalsPerLevel.size()) {
      throw new IllegalArgumentException("--concurrency and --approvals need as many entries each");
    }
    reader.rejectUnknown();
    return settings;
  }

  Path stackDir() {
    return root.resolve(".local-stack").resolve(STACK);
  }

  Path targetDir() {
    return root.resolve("benchmarks").resolve("target");
  }

  Path partsDir() {
    return targetDir().resolve("parts");
  }

  Path kafkaToolsArgs() {
    return root.resolve("local-stack").resolve("target").resolve("kafka-tools.args");
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://" + databaseHost + ":" + databasePort + "/" + database;
  }

  /** Videos the run needs in SCRIPT_PENDING_REVIEW: warm-up, every B1 level, and B3. */
  int videosNeeded() {
    return approvalsPerLevel.stream().mapToInt(Integer::intValue).sum()
        + latencyRatePerSecond * latencySeconds;
  }

  private static final class OptionReader {
    private final Map<String, String> options;

    OptionReader(Map<String, String> options) {
      this.options = new HashMap<>(options);
    }

    String text(String name, String fallback) {
      String value = options.remove(name);
      return value == null ? fallback : value;
    }

    int number(String name, int fallback) {
      return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    List<Integer> numbers(String name, String fallback) {
      return Arrays.stream(text(name, fallback).split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    void rejectUnknown() {
      if (!options.isEmpty()) {
        throw new IllegalArgumentException("unknown options: " + options.keySet());
      }
    }
  }
}
