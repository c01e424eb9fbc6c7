package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.CostEstimator;
import io.ytautopilot.production.domain.PriceTable;
import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneMaker;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ProviderChain;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * A video made on this machine the way production makes one with only the local providers: every
 * scene through a {@link SceneMaker} (espeak-ng, Ken Burns picture, clip), then the thumbnail and the
 * assembly. {@link #render(RenderRequest, MediaFormat, Path)} makes the scenes one after the other, so
 * what it measures is the work, not the parallelism.
 */
public final class LocalStudio {
  private final SceneMaker scenes;
  private final FfmpegAssembler assembler;
  private final Java2dThumbnail thumbnails = new Java2dThumbnail("java2d", 0);

  public LocalStudio(MediaTools tools) {
    assembler = new FfmpegAssembler("ffmpeg", 0, false, tools);
    scenes = new SceneMaker(
        new ProviderChain<VoiceOverProvider>("voice-over", List.of(new EspeakVoiceOver("espeak-ng", 0, tools))),
        new ProviderChain<SceneVideoProvider>("scene-video", List.of(new KenBurnsSceneVideo("ffmpeg", 0, tools))),
        assembler,
        new CostEstimator(new PriceTable(new PriceTable.Price("espeak-ng", 0), new PriceTable.Price("ffmpeg", 0),
            new PriceTable.Price("java2d", 0), new PriceTable.Price("ffmpeg", 0))));
  }

  /** A script of {@code count} scenes of 3 s, each with a sentence of narration. */
  public static RenderRequest script(String videoId, int count) {
    return new RenderRequest(videoId, count + " scenes", IntStream.rangeClosed(1, count)
        .mapToObj(index -> new SceneScript(index, "Scene " + index + " of the script: a sentence of narration.",
            "Scene " + index, "a lighthouse at dusk", 3))
        .toList());
  }

  public RenderedVideo render(RenderRequest script, MediaFormat format, Path dir) {
    return render(script, format, dir, 1);
  }

  /** Makes {@code scenesAtOnce} scenes side by side, then the thumbnail and the video. */
  public RenderedVideo render(RenderRequest script, MediaFormat format, Path dir, int scenesAtOnce) {
    ExecutorService pool = Executors.newFixedThreadPool(scenesAtOnce);
    try {
      List<Future<RenderedClip>> made = new ArrayList<>();
      for (SceneScript scene : script.scenes()) {
        made.add(pool.submit(() -> scenes.make(scene, 1, format, dir).clip()));
      }
      List<RenderedClip> clips = new ArrayList<>();
      for (Future<RenderedClip> scene : made) {
        clips.add(scene.get());
      }
      clips.sort(Comparator.comparingInt(RenderedClip::index));
      return assembler.assemble(script, clips, thumbnails.draw(script.title(), format, dir), format, dir);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the scenes", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
