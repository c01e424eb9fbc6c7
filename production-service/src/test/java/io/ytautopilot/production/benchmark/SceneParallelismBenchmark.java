package io.ytautopilot.production.benchmark;

import io.ytautopilot.production.adapters.media.EspeakVoiceOver;
import io.ytautopilot.production.adapters.media.FfmpegAssembler;
import io.ytautopilot.production.adapters.media.Java2dThumbnail;
import io.ytautopilot.production.adapters.media.KenBurnsSceneVideo;
import io.ytautopilot.production.adapters.media.MediaTools;
import io.ytautopilot.production.domain.CostEstimator;
import io.ytautopilot.production.domain.PriceTable;
import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.SceneMaker;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ProviderChain;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

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
    var tools = new MediaTools();
    var assembler = new FfmpegAssembler("ffmpeg", 0, false, tools);
    var voices = new ProviderChain<VoiceOverProvider>("voice-over",
        List.of(new EspeakVoiceOver("espeak-ng", 0, tools)));
    var pictures = new ProviderChain<SceneVideoProvider>("scene-video",
        List.of(new KenBurnsSceneVideo("ffmpeg", 0, tools)));
    var costs = new CostEstimator(new PriceTable(new PriceTable.Price("espeak-ng", 0),
        new PriceTable.Price("ffmpeg", 0), new PriceTable.Price("java2d", 0), new PriceTable.Price("ffmpeg", 0)));
    var maker = new SceneMaker(voices, pictures, assembler, costs);
    var format = new MediaFormat(MediaFormat.Kind.LONG, 640, 360);
    var script = new RenderRequest("benchmark", "Ten scenes, timed", IntStream.rangeClosed(1, SCENES)
        .mapToObj(index -> new SceneScript(index, "Scene " + index + " of the benchmark: a sentence of narration.",
            "Scene " + index, "a lighthouse at dusk", 3))
        .toList());
    Path work = Files.createTempDirectory("scene-benchmark");

    System.out.printf(Locale.ROOT, "scene parallelism: %d scenes of 3 s, 640x360, local providers (espeak-ng,"
        + " ffmpeg Ken Burns, ffmpeg assembly), %d cores, %d rounds%n", SCENES,
        Runtime.getRuntime().availableProcessors(), rounds);
    // a warm-up round, so neither mode pays for the JIT or a cold disk cache
    render(maker, script, format, work.resolve("warm-up"), 1, assembler, new Java2dThumbnail("java2d", 0));
    double sequential = Double.MAX_VALUE;
    double side = Double.MAX_VALUE;
    for (int round = 1; round <= rounds; round++) {
      sequential = Math.min(sequential, render(maker, script, format, work.resolve("sequential-" + round), 1,
          assembler, new Java2dThumbnail("java2d", 0)));
      side = Math.min(side, render(maker, script, format, work.resolve("parallel-" + round), parallel, assembler,
          new Java2dThumbnail("java2d", 0)));
    }
    System.out.printf(Locale.ROOT, "| mode | scenes at once | best time (s) | speedup |%n|---|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| sequential | 1 | %.2f | 1.00 |%n", sequential);
    System.out.printf(Locale.ROOT, "| parallel | %d | %.2f | %.2f |%n", parallel, side, sequential / side);
  }

  /** Seconds to make every scene with {@code threads} at once, then the thumbnail and the video. */
  private static double render(SceneMaker maker, RenderRequest script, MediaFormat format, Path dir, int threads,
      FfmpegAssembler assembler, Java2dThumbnail thumbnails) throws Exception {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RenderedClip>> scenes = new ArrayList<>();
      for (SceneScript scene : script.scenes()) {
        scenes.add(pool.submit(() -> maker.make(scene, 1, format, dir).clip()));
      }
      List<RenderedClip> clips = new ArrayList<>();
      for (Future<RenderedClip> scene : scenes) {
        clips.add(scene.get());
      }
      clips.sort(Comparator.comparingInt(RenderedClip::index));
      assembler.assemble(script, clips, thumbnails.draw(script.title(), format, dir), format, dir);
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - started) / 1e9;
  }
}
