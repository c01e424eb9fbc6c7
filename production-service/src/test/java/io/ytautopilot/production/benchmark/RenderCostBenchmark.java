package io.ytautopilot.production.benchmark;

import io.ytautopilot.production.adapters.media.CountingMediaTools;
import io.ytautopilot.production.adapters.media.LocalStudio;
import io.ytautopilot.production.adapters.media.MediaTools;
import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.media.MediaFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one video costs the machine: a 4-scene script made with the local providers, at a tiny frame
 * (where starting processes dominates) and at the default long-video frame. Prints the external
 * processes started per video (counted through wrapper scripts, in a render of its own) and the CPU
 * per video: this JVM's and that of every tool it waited for, from {@code /proc/self/stat}, so the
 * figure does not depend on what else the machine runs. Not a test: it asserts nothing about time.
 */
public final class RenderCostBenchmark {
  private static final int SCENES = 4;
  private static final List<MediaFormat> FORMATS = List.of(new MediaFormat(MediaFormat.Kind.LONG, 64, 36),
      new MediaFormat(MediaFormat.Kind.LONG, 640, 360));

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("render-cost-benchmark");
    RenderRequest script = LocalStudio.script("benchmark", SCENES);
    CountingMediaTools counting = CountingMediaTools.in(work.resolve("bin"));
    LocalStudio counted = new LocalStudio(counting.tools());
    LocalStudio studio = new LocalStudio(new MediaTools());

    System.out.printf(Locale.ROOT, "render cost: %d scenes of 3 s, local providers, %d timed rounds per frame"
        + " after a warm-up; CPU = JVM + waited-for children (/proc/self/stat)%n", SCENES, rounds);
    System.out.printf(Locale.ROOT, "| frame | processes per video | CPU per video, median (s) | min (s) |"
        + " wall, median (s) |%n|---|---|---|---|---|%n");
    for (MediaFormat format : FORMATS) {
      String frame = format.width() + "x" + format.height();
      counting.reset();
      counted.render(script, format, work.resolve("counted-" + frame));
      Map<String, Long> started = counting.started();
      long processes = started.values().stream().mapToLong(Long::longValue).sum();
      studio.render(script, format, work.resolve("warm-up-" + frame));
      double[] cpu = new double[rounds];
      double[] wall = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        double cpuBefore = cpuSeconds();
        long wallBefore = System.nanoTime();
        studio.render(script, format, work.resolve(frame + "-" + round));
        wall[round] = (System.nanoTime() - wallBefore) / 1e9;
        cpu[round] = cpuSeconds() - cpuBefore;
      }
      System.out.printf(Locale.ROOT, "| %s | %d %s | %.2f | %.2f | %.2f |%n", frame, processes, started,
          median(cpu), Arrays.stream(cpu).min().orElseThrow(), median(wall));
    }
  }

  /** User and system CPU of this process and of its children that were waited for, in seconds. */
  private static double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // the fields after the command name, which is in parentheses and may contain spaces
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = 0;
    for (int field = 11; field <= 14; field++) { // utime, stime, cutime, cstime (fields 14-17 of proc(5))
      ticks += Long.parseLong(fields[field]);
    }
    return ticks / 100.0; // USER_HZ, 100 on Linux
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
