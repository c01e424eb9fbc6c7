package io.ytautopilot.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B5: resident memory (VmRSS) of every process of the dev stack, and how long each took to become
 * ready: from the process's start (/proc/<pid>/stat) to the line in its log that says it is ready
 * (Quarkus' "started in", Kafka's "Kafka Server started"); for the registry, the time its own
 * "started in" line states.
 */
record Footprint(String takenAt, List<Entry> processes, long totalRssMb) {

  /** readySeconds and rssMb are null for a process that is not running. */
  record Entry(String process, Long pid, Double readySeconds, Long rssMb) {}

  /** Quarkus "2026-11-25 20:09:52,339", Kafka "[2026-11-25T20:09:52,339]". */
  private static final Pattern TIMESTAMP =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})[,.](\\d{3})");
  /** Quarkus' "... started in 3.386s. Listening on: ...". */
  private static final Pattern STARTED_IN = Pattern.compile(" started in (\\d+(?:\\.\\d+)?)s\\b");
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

  static Footprint measure(Settings settings) {
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    for (String role : StackProcesses.ROLES) {
      var pid = StackProcesses.pid(settings, role);
      if (pid.isEmpty()) {
        entries.add(new Entry(role, null, null, null));
        continue;
      }
      Long rssMb = ProcFs.residentKb(pid.get()).map(kb -> kb / 1024).orElse(null);
      total += rssMb == null ? 0 : rssMb;
      Double ready = ProcFs.startedAt(pid.get())
          .flatMap(started -> readySeconds(StackProcesses.log(settings, role), role, started))
          .orElse(null);
      entries.add(new Entry(role, pid.get(), ready, rssMb));
    }
    return new Footprint(Instant.now().toString(), entries, total);
  }

  /** From the first readiness line of the current log (./yt-autopilot starts a new log at every launch). */
  private static Optional<Double> readySeconds(Path log, String role, Instant processStart) {
    try (BufferedReader lines = Files.newBufferedReader(log)) {
      String line;
      while ((line = lines.readLine()) != null) {
        var ready = readySeconds(line, role, processStart, ZoneId.systemDefault());
        if (ready.isPresent()) {
          return ready;
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Seconds from the process's start to the log line, if it is the line that says the process is ready. */
  static Optional<Double> readySeconds(String line, String role, Instant processStart, ZoneId logZone) {
    String plain = ANSI.matcher(line).replaceAll("");
    if (role.equals("registry")) {
      // Apicurio logs "%d{YYYY-MMx-dd HH:mm:ss}" ("2026-11+00-25 23:05:50"): whole seconds, a
      // week-based year and the zone offset inside the date, so the figure its line states is better
      Matcher stated = STARTED_IN.matcher(plain);
      return stated.find() ? Optional.of(Double.parseDouble(stated.group(1))) : Optional.empty();
    }
    if (!plain.contains(role.equals("kafka") ? "Kafka Server started" : " started in ")) {
      return Optional.empty();
    }
    Matcher time = TIMESTAMP.matcher(plain);
    if (!time.find()) {
      return Optional.empty();
    }
    Instant at = LocalDateTime.parse(time.group(1) + "T" + time.group(2) + "." + time.group(3))
        .atZone(logZone).toInstant();
    return Optional.of(Duration.between(processStart, at).toMillis() / 1000.0);
  }
}
