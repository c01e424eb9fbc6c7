package io.ytautopilot.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own (the machine's binaries, a throw-away data folder, its own
 * port), so that it can be crashed and restarted mid-flow without touching the machine's server.
 * As root the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {
  private static final Path BINARIES = findBinaries();
  private final Path data;
  private final int port;

  private PrivatePostgres(Path data, int port) {
    this.data = data;
    this.port = port;
  }

  /** A new cluster with trust authentication and role ytap owning the given databases, running. */
  static PrivatePostgres start(int port, List<String> databases) throws Exception {
    Path data = Path.of("/tmp", "ytap-chaos-postgres-" + port);
    var postgres = new PrivatePostgres(data, port);
    if (Files.exists(data.resolve("postmaster.pid"))) {
      postgres.stop("immediate"); // a cluster an earlier run of this test left running
    }
    run(List.of("rm", "-rf", data.toString()));
    run(List.of("mkdir", "-p", data.toString()));
    postgres.asOwner(BINARIES.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
        "--auth=trust", "-E", "UTF8", "--no-sync");
    postgres.startServer();
    try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("create role ytap login password 'ytap'");
      for (String database : databases) {
        statement.execute("create database " + database + " owner ytap");
      }
    }
    return postgres;
  }

  String hostAndPort() {
    return "127.0.0.1:" + port;
  }

  /** Kills the server the way a crash does (immediate shutdown: no checkpoint), then starts it again. */
  void crashAndRestart(long downMillis) throws Exception {
    stop("immediate");
    Thread.sleep(downMillis);
    startServer();
  }

  @Override
  public void close() throws Exception {
    stop("fast");
    run(List.of("rm", "-rf", data.toString()));
  }

  private void startServer() throws Exception {
    asOwner(BINARIES.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
        "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data
            + " -c fsync=off -c max_connections=200", "start");
  }

  private void stop(String mode) throws Exception {
    asOwner(BINARIES.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", mode, "-w", "stop");
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://" + hostAndPort() + "/" + database;
  }

  private void asOwner(String... command) throws Exception {
    var line = new ArrayList<String>();
    if (isRoot()) {
      run(List.of("chown", "-R", "postgres", data.toString()));
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    run(line);
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The newest installed server's binaries (Debian: /usr/lib/postgresql/<major>/bin). */
  private static Path findBinaries() {
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.filter(version -> Files.isExecutable(version.resolve("bin/pg_ctl")))
          .max((a, b) -> Integer.compare(major(a), major(b)))
          .map(version -> version.resolve("bin"))
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries in /usr/lib/postgresql"));
    } catch (IOException e) {
      throw new IllegalStateException("no PostgreSQL server binaries in /usr/lib/postgresql", e);
    }
  }

  private static int major(Path version) {
    try {
      return Integer.parseInt(version.getFileName().toString());
    } catch (NumberFormatException notAVersion) {
      return -1;
    }
  }
}
