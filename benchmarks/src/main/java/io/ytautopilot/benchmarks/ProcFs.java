package io.ytautopilot.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What Linux tells about a process: CPU time, resident memory, start time, command line. */
final class ProcFs {
  private static final long CLOCK_TICKS = clockTicks();
  private static final long BOOT_EPOCH_SECONDS = bootTime();

  private ProcFs() {}

  static boolean alive(long pid) {
    return Files.exists(Path.of("/proc", Long.toString(pid), "stat"));
  }

  /** user + system CPU time in milliseconds; 0 for a process that is gone. */
  static long cpuMillis(long pid) {
    return statFields(pid).map(fields -> (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS)
        .orElse(0L);
  }

  /**
   * user + system CPU time in milliseconds, with that of its children that have ended (cutime, cstime):
   * what the programs a service runs (production-service's ffmpeg and espeak-ng) cost it; 0 when gone.
   */
  static long cpuMillisWithChildren(long pid) {
    return statFields(pid).map(fields -> (Long.parseLong(fields[11]) + Long.parseLong(fields[12])
        + Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 1000 / CLOCK_TICKS).orElse(0L);
  }

  /** One variable of the environment the process was started with (/proc/<pid>/environ). */
  static Optional<String> environment(long pid, String name) {
    try {
      String environ = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")));
      return Arrays.stream(environ.split("\0")).filter(entry -> entry.startsWith(name + "="))
          .map(entry -> entry.substring(name.length() + 1)).findFirst();
    } catch (IOException gone) {
      return Optional.empty();
    }
  }

  static Optional<Instant> startedAt(long pid) {
    return statFields(pid).map(fields -> {
      long ticksSinceBoot = Long.parseLong(fields[19]);
      return Instant.ofEpochMilli(BOOT_EPOCH_SECONDS * 1000 + ticksSinceBoot * 1000 / CLOCK_TICKS);
    });
  }

  /** VmRSS in kB, from /proc/<pid>/status. */
  static Optional<Long> residentKb(long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
      return lines.filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
          .findFirst();
    } catch (IOException | RuntimeException gone) {
      return Optional.empty();
    }
  }

  static String commandLine(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
    } catch (IOException gone) {
      return "";
    }
  }

  /** Every process whose name (comm) is the given one, e.g. all PostgreSQL backends. */
  static List<Long> pidsNamed(String name) {
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      entries.filter(path -> path.getFileName().toString().matches("\\d+")).forEach(path -> {
        try {
          if (Files.readString(path.resolve("comm")).strip().equals(name)) {
            pids.add(Long.parseLong(path.getFileName().toString()));
          }
        } catch (IOException gone) {
          // exited while we looked
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
    return pids;
  }

  /** Busy and total jiffies of the whole machine (first line of /proc/stat). */
  static long[] machineTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < fields.length; i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]); // idle + iowait
      return new long[] {total - idle, total};
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/stat", e);
    }
  }

  /** The fields after the command name of /proc/<pid>/stat (index 0 is the state, field 3 of the man page). */
  private static Optional<String[]> statFields(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
    } catch (IOException gone) {
      return Optional.empty();
    }
  }

  private static long clockTicks() {
    try {
      return Long.parseLong(Processes.run(java.time.Duration.ofSeconds(5), List.of("getconf", "CLK_TCK")).strip());
    } catch (Exception e) {
      return 100;
    }
  }

  private static long bootTime() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
      return lines.filter(line -> line.startsWith("btime ")).map(line -> Long.parseLong(line.substring(6).strip()))
          .findFirst().orElseThrow();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/stat", e);
    }
  }
}
