package io.ytautopilot.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker of the test's own (KRaft, the local stack's jars and server.properties template, its
 * own ports and data folder), so that it can be stopped and started mid-flow without disturbing the
 * shared test broker. Its data survive a restart, as a real broker's disk does.
 */
final class PrivateKafka implements AutoCloseable {
  private final Path dir;
  private final int port;
  private final List<String> command;
  private Process process;

  private PrivateKafka(Path dir, int port, List<String> command) {
    this.dir = dir;
    this.port = port;
    this.command = command;
  }

  static PrivateKafka start(Path root, Path dir, int port, int controllerPort) throws Exception {
    Path localStack = root.resolve("local-stack");
    Path brokerArgs = localStack.resolve("target/kafka-broker.args");
    Path toolArgs = localStack.resolve("target/kafka-tools.args");
    if (!Files.isRegularFile(brokerArgs) || !Files.isRegularFile(toolArgs)) {
      throw new IllegalStateException(brokerArgs + " is missing: run ./yt-autopilot prepare first");
    }
    deleteRecursively(dir);
    Files.createDirectories(dir);
    Path properties = dir.resolve("server.properties");
    Files.writeString(properties, Files.readString(localStack.resolve("src/server.properties.template"))
        .replace("@KAFKA_PORT@", Integer.toString(port))
        .replace("@CONTROLLER_PORT@", Integer.toString(controllerPort))
        .replace("@LOG_DIR@", dir.resolve("data").toString()));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    run(List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "@" + toolArgs, "kafka.tools.StorageTool", "format",
        "-t", clusterId(), "-c", properties.toString()), dir.resolve("format.log"));
    var kafka = new PrivateKafka(dir, port, List.of(java, "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "@" + brokerArgs, "kafka.Kafka", properties.toString()));
    kafka.launch();
    return kafka;
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Stops the broker as an orchestrator does (SIGTERM, then SIGKILL after a grace period). */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Starts the stopped broker again on the same data. */
  void restart() throws Exception {
    launch();
  }

  @Override
  public void close() throws Exception {
    stop();
    deleteRecursively(dir);
  }

  private void launch() throws Exception {
    Path log = dir.resolve("kafka.log");
    long logLengthBefore = Files.exists(log) ? Files.size(log) : 0;
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the private Kafka broker exited: see " + log);
      }
      if (startedSince(log, logLengthBefore) && portOpen()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the private Kafka broker did not start within 90 s: see " + log);
  }

  private static boolean startedSince(Path log, long offset) throws IOException {
    byte[] bytes = Files.readAllBytes(log);
    return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
        StandardCharsets.UTF_8).contains("Kafka Server started");
  }

  private boolean portOpen() {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException closed) {
      return false;
    }
  }

  /** A cluster id as Kafka's StorageTool makes them: 16 random bytes, URL-safe Base64, not starting with '-'. */
  private static String clusterId() {
    while (true) {
      UUID uuid = UUID.randomUUID();
      byte[] bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
          .putLong(uuid.getLeastSignificantBits()).array();
      String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      if (!id.startsWith("-")) {
        return id;
      }
    }
  }

  private static void run(List<String> command, Path log) throws Exception {
    Process tool = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!tool.waitFor(90, TimeUnit.SECONDS) || tool.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: see " + log);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
