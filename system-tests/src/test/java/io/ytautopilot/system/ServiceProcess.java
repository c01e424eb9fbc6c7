package io.ytautopilot.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One packaged service started as its own JVM, the way ops run it, with its log in a file. */
final class ServiceProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;
  private final long startedAt = System.nanoTime();
  private Duration readyAfter;

  private final List<String> command;

  private ServiceProcess(String name, int port, Process process, Path log, List<String> command) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
    this.command = command;
  }

  static ServiceProcess start(Path root, String name, Map<String, String> properties, Path logDir) throws IOException {
    Path jar = packagedJar(root, name);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms32m", "-Xmx200m", "-XX:+UseSerialGC",
        "-Dquarkus.http.port=" + port, "-Dquarkus.analytics.disabled=true"));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", jar.toString()));
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    return new ServiceProcess(name, port, launch(command, log), log, command);
  }

  /**
   * The service's jar, refused when missing or older than a source it is built from: the system tests
   * test the code of this checkout, never a jar an earlier build left behind.
   */
  static Path packagedJar(Path root, String name) throws IOException {
    Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
    }
    var built = Files.getLastModifiedTime(jar);
    List<Path> sources = new ArrayList<>(List.of(root.resolve("pom.xml")));
    for (String module : List.of("schemas", "eventing", "compliance", name)) {
      sources.add(root.resolve(module).resolve("pom.xml"));
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main"))) {
        files.filter(Files::isRegularFile).forEach(sources::add);
      }
    }
    for (Path source : sources) {
      if (Files.getLastModifiedTime(source).compareTo(built) > 0) {
        throw new IllegalStateException(jar + " is older than " + root.relativize(source)
            + ": it comes from an earlier build; package the services again (./mvnw package)");
      }
    }
    return jar;
  }

  private static Process launch(List<String> command, Path log) throws IOException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** The same service again: same port, settings and log file. */
  ServiceProcess restart() throws IOException {
    return new ServiceProcess(name, port, launch(command, log), log, command);
  }

  /** SIGKILL: the process gets no chance to finish anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  /** Waits for /q/health/ready; a process that dies or never gets ready fails with its log tail. */
  void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          readyAfter = Duration.ofNanos(System.nanoTime() - startedAt);
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + logTail());
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Duration readyAfter() {
    return readyAfter;
  }

  /** Resident memory from /proc, in MiB. */
  long rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A port nothing listens on now, other than the ones given. */
  static int freePort(int... taken) throws IOException {
    while (true) {
      try (var socket = new ServerSocket(0)) {
        int port = socket.getLocalPort();
        if (Arrays.stream(taken).noneMatch(other -> other == port)) {
          return port;
        }
      }
    }
  }
}
