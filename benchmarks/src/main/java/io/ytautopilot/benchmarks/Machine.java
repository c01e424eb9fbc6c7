package io.ytautopilot.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the figures were measured on: they only compare within one run on one machine. */
record Machine(int cores, long memoryMb, String java, String postgres, String kafka, String kernel) {

  static Machine describe(Settings settings, String postgresVersion) throws IOException, InterruptedException {
    int cores = Integer.parseInt(Processes.run(Duration.ofSeconds(5), List.of("nproc")).strip());
    long memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
        .filter(line -> line.startsWith("MemTotal:"))
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElseThrow();
    String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    return new Machine(cores, memoryKb / 1024, java, postgresVersion, kafkaVersion(settings),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** The broker's version, from the jar on the local stack's Kafka classpath. */
  private static String kafkaVersion(Settings settings) throws IOException {
    Path classpath = settings.root().resolve("local-stack").resolve("target").resolve("kafka.classpath");
    Matcher matcher = Pattern.compile("kafka_[\\d.]+-([\\w.-]+?)\\.jar").matcher(Files.readString(classpath));
    return matcher.find() ? matcher.group(1) : "unknown";
  }
}
