package io.ytautopilot.production.benchmark;

import io.ytautopilot.production.adapters.media.LocalStudio;
import io.ytautopilot.production.adapters.media.MediaTools;
import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.media.MediaFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A 10-scene video made with the local providers, its scenes one at a time and then side by side,
 * in the same run: prints both times and the speedup (run with benchmarks/scenes). Not a test: it
 * asserts nothing about time.
 */
public final class SceneParallelismBenchmark {
  private static final int SCENES = 10;

  public static void main(String[] args) throws Exception {
    int parallel = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    var studio = new LocalStudio(new MediaTools());
    var format = new MediaFormat(MediaFormat.Kind.LONG, 640, 360);
    var script = LocalStudio.script("benchmark", SCENES);
    Path work = Files.createTempDirectory("scene-benchmark");

    System.out.printf(Locale.ROOT, "scene parallelism: %d scenes of 3 s, 640x360, local providers (espeak-ng,"
        + " ffmpeg Ken Burns, ffmpeg assembly), %d cores, %d rounds%n", SCENES,
        Runtime.getRuntime().availableProcessors(), rounds);
    // a warm-up round, so neither mode pays for the JIT or a cold disk cache
    studio.render(script, format, work.resolve("warm-up"));
    double sequential = Double.MAX_VALUE;
    double side = Double.MAX_VALUE;
    for (int round = 1; round <= rounds; round++) {
      sequential = Math.min(sequential, seconds(studio, script, format, work.resolve("sequential-" + round), 1));
      side = Math.min(side, seconds(studio, script, format, work.resolve("parallel-" + round), parallel));
    }
    System.out.printf(Locale.ROOT, "| mode | scenes at once | best time (s) | speedup |%n|---|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| sequential | 1 | %.2f | 1.00 |%n", sequential);
    System.out.printf(Locale.ROOT, "| parallel | %d | %.2f | %.2f |%n", parallel, side, sequential / side);
  }

  /** Seconds to make the video with {@code scenesAtOnce} scenes side by side. */
  private static double seconds(LocalStudio studio, RenderRequest script, MediaFormat format, Path dir,
      int scenesAtOnce) {
    long started = System.nanoTime();
    studio.render(script, format, dir, scenesAtOnce);
    return (System.nanoTime() - started) / 1e9;
  }
}
