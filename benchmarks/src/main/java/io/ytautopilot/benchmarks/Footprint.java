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
 * (Quarkus' "started in", Kafka's "Kafka Server started").
 */
record Footprint(String takenAt, List<Entry> processes, long totalRssMb) {

  /** readySeconds and rssMb are null for a process that is not running. */
  record Entry(String process, Long pid, Double readySeconds, Long rssMb) {}

  /** Quarkus "2026-11-25 20:09:52,339", Kafka "2026-11-25T20:09:52,339", Apicurio "2026-11+00-25 21:22:35". */
  private static final Pattern TIMESTAMP = Pattern.compile(
      "(\\d{4})-(\\d{2})(?:[+-]\\d{2})?-(\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:[,.](\\d{3}))?");
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
          .flatMap(started -> readyAt(StackProcesses.log(settings, role), role)
              .map(at -> Duration.between(started, at).toMillis() / 1000.0))
          .orElse(null);
      entries.add(new Entry(role, pid.get(), ready, rssMb));
    }
    return new Footprint(Instant.now().toString(), entries, total);
  }

  /** The first readiness line of the current log (./yt-autopilot starts a new log at every launch). */
  private static Optional<Instant> readyAt(Path log, String role) {
    String marker = role.equals("kafka") ? "Kafka Server started" : " started in ";
    try (BufferedReader lines = Files.newBufferedReader(log)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.contains(marker)) {
          Matcher time = TIMESTAMP.matcher(ANSI.matcher(line).replaceAll(""));
          if (time.find()) {
            String millis = time.group(5) == null ? "000" : time.group(5);
            var local = LocalDateTime.parse(time.group(1) + "-" + time.group(2) + "-" + time.group(3) + "T"
                + time.group(4) + "." + millis);
            return Optional.of(local.atZone(ZoneId.systemDefault()).toInstant());
          }
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
