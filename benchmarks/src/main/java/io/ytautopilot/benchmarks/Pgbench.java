package io.ytautopilot.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline: what the same PostgreSQL commits with pgbench's simple-update script (-N) in its own
 * database, initialised afresh on every run.
 */
final class Pgbench {
  record Result(int scale, int clients, int seconds, long transactions, double tps, double latencyAverageMs) {}

  private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
  private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");
  private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

  private Pgbench() {}

  static Result run(Settings settings) throws IOException, InterruptedException {
    String database = settings.pgbenchDatabase();
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("--pgbench-db must be a plain lower-case name, not " + database);
    }
    String exists = Processes.run(Duration.ofSeconds(30), psql("postgres",
        "select 1 from pg_database where datname = '" + database + "'", settings)).strip();
    if (exists.isEmpty()) {
      Processes.run(Duration.ofSeconds(30), psql("postgres", "create database " + database, settings));
    }
    Progress.detail("pgbench -i -s %d %s", settings.pgbenchScale(), database);
    Processes.run(Duration.ofMinutes(3), List.of("pgbench", "-h", settings.databaseHost(),
        "-p", Integer.toString(settings.databasePort()), "-U", settings.databaseAdmin(),
        "-i", "-q", "-s", Integer.toString(settings.pgbenchScale()), database));
    int threads = Math.min(settings.pgbenchClients(), Runtime.getRuntime().availableProcessors());
    Progress.detail("pgbench -N -c %d -j %d -T %d %s", settings.pgbenchClients(), threads, settings.pgbenchSeconds(), database);
    String output = Processes.run(Duration.ofSeconds(settings.pgbenchSeconds() + 120L), List.of("pgbench",
        "-h", settings.databaseHost(), "-p", Integer.toString(settings.databasePort()), "-U", settings.databaseAdmin(),
        "-N", "-c", Integer.toString(settings.pgbenchClients()), "-j", Integer.toString(threads),
        "-T", Integer.toString(settings.pgbenchSeconds()), database));
    var result = new Result(settings.pgbenchScale(), settings.pgbenchClients(), settings.pgbenchSeconds(),
        Long.parseLong(find(PROCESSED, output)), Double.parseDouble(find(TPS, output)),
        Double.parseDouble(find(LATENCY, output)));
    Progress.detail("%.0f tps, latency average %.2f ms", result.tps(), result.latencyAverageMs());
    return result;
  }

  private static List<String> psql(String database, String sql, Settings settings) {
    return List.of("psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", settings.databaseHost(),
        "-p", Integer.toString(settings.databasePort()), "-U", settings.databaseAdmin(), "-d", database, "-c", sql);
  }

  static String find(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("no '" + pattern + "' in the output:\n" + output);
    }
    return matcher.group(1);
  }
}
