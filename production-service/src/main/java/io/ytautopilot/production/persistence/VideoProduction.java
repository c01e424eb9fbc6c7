package io.ytautopilot.production.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.CostEstimator;
import io.ytautopilot.production.domain.GenerationFailure;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.ProgressReport;
import io.ytautopilot.production.domain.RenderPlan;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneError;
import io.ytautopilot.production.domain.SceneMaker;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.SuccessThreshold;
import io.ytautopilot.production.domain.media.Assembler;
import io.ytautopilot.production.domain.media.AssetStore;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.MediaFormats;
import io.ytautopilot.production.domain.media.ProviderChain;
import io.ytautopilot.production.domain.media.ProviderFailure;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import io.ytautopilot.production.domain.media.ThumbnailProvider;
import io.ytautopilot.production.domain.media.StoredAsset;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Renders one claimed generation on the caller's thread, its scenes side by side on a bounded pool.
 * Each scene is made through the provider chains ({@link SceneMaker}), and each finished scene is
 * recorded at once with what it cost, so an
 * interruption never renders or pays for it twice. When enough scenes succeed (the success
 * threshold) the others get marked placeholders and the video is assembled; otherwise the generation
 * fails with each scene's error. The finished files are kept in the asset store by their checksum. A
 * failed render is an outcome (GenerationFailed), not an error: only the database or the asset store
 * failing leaves the claim to expire, and the render to resume later.
 */
@ApplicationScoped
public class VideoProduction {
  private final ProductionWorkflow workflow;
  private final MeterRegistry meters;
  private final SceneMaker scenes;
  private final ProviderChain<ThumbnailProvider> thumbnails;
  private final Assembler assembler;
  private final MediaFormats formats;
  private final AssetStore assets;
  private final CostEstimator costs;
  private final SuccessThreshold threshold;
  private final int parallelism;
  private final Path mediaDir;
  private final ExecutorService scenePool;

  public VideoProduction(ProductionWorkflow workflow, ProviderChain<VoiceOverProvider> voices,
      ProviderChain<SceneVideoProvider> pictures, ProviderChain<ThumbnailProvider> thumbnails, Assembler assembler,
      MediaFormats formats, AssetStore assets, CostEstimator costs, SceneSettings sceneSettings,
      @ConfigProperty(name = "yt.media.dir") Path mediaDir, MeterRegistry meters) {
    this.workflow = workflow;
    this.meters = meters;
    this.scenes = new SceneMaker(voices, pictures, assembler, costs);
    this.thumbnails = thumbnails;
    this.assembler = assembler;
    this.formats = formats;
    this.assets = assets;
    this.costs = costs;
    this.threshold = new SuccessThreshold(sceneSettings.successThreshold());
    this.parallelism = sceneSettings.parallelism();
    this.mediaDir = mediaDir;
    var threads = new AtomicInteger();
    this.scenePool = Executors.newFixedThreadPool(parallelism, task -> {
      var thread = new Thread(task, "scene-render-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The claim this instance holds on the video while it renders: renewed with every checkpoint. */
  public record Lease(String owner, Duration length) {
    Instant until() {
      return Instant.now().plus(length);
    }
  }

  /** Renders the claimed job's generation to its outcome. Blocks: never call it on the event loop. */
  public void render(ProductionJob job, Lease lease) {
    var videoId = job.videoId();
    Path dir = mediaDir.resolve(videoId.toString());
    MediaFormat format = formats.of(job.workspaceId());
    var intact = job.clips().stream().filter(assembler::isIntact).map(RenderedClip::index)
        .collect(Collectors.toSet());
    RenderPlan plan = job.plan(intact);
    int generation = plan.generation();
    Log.infof("video %s: generation %d renders scenes %s, reuses %s, %d at a time, %s %dx%d", videoId, generation,
        plan.toRender().stream().map(SceneScript::index).toList(),
        plan.reused().stream().map(RenderedClip::index).toList(), parallelism, format.kind(), format.width(),
        format.height());

    var run = new SceneRun(job, plan, format, dir, lease);
    run.renderAll();
    if (run.movedOn.get()) {
      Log.infof("video %s: generation %d stopped, the job has moved on (cancelled or a newer generation)", videoId,
          generation);
      return;
    }
    var errors = run.errors();
    int succeeded = plan.scenesTotal() - errors.size();
    if (!threshold.isMetBy(succeeded, plan.scenesTotal())) {
      fail(job, generation, new GenerationFailure(String.format("only %d of %d scenes were generated, %d needed"
              + " (success threshold %s): %s", succeeded, plan.scenesTotal(), threshold.required(plan.scenesTotal()),
          threshold.share(), describe(errors)), errors));
      return;
    }
    assemble(job, plan, run, format, dir, errors);
  }

  private void assemble(ProductionJob job, RenderPlan plan, SceneRun run, MediaFormat format, Path dir,
      List<SceneError> errors) {
    var videoId = job.videoId();
    int generation = plan.generation();
    await(() -> workflow.progress(videoId, generation, new ProgressReport(ProgressReport.Stage.ASSEMBLING,
        plan.scenesTotal() - errors.size(), errors.size(), plan.scenesTotal(), Optional.empty(),
        errors.isEmpty() ? "joining the scenes" : "joining the scenes, with placeholders for " + errors.stream()
            .map(SceneError::index).toList())));
    List<RenderedClip> clips = new ArrayList<>(run.clips());
    Map<Integer, String> placeholders = new TreeMap<>();
    RenderedVideo video;
    ProviderChain.Served<Path, ThumbnailProvider> thumbnail;
    try {
      for (SceneError error : errors) {
        var scene = plan.script().scenes().stream().filter(s -> s.index() == error.index()).findFirst().orElseThrow();
        clips.add(assembler.placeholder(scene, generation, error.error(), format, dir));
        placeholders.put(error.index(), error.error());
      }
      thumbnail = thumbnails.serve(provider -> provider.draw(plan.script().title(), format, dir));
      logPassedOver(videoId, "thumbnail", thumbnail.passedOver());
      clips.sort(Comparator.comparingInt(RenderedClip::index));
      video = assembler.assemble(plan.script(), clips, thumbnail.result(), format, dir);
    } catch (RuntimeException e) {
      fail(job, generation, GenerationFailure.of("assembling the video failed: " + e.getMessage()));
      return;
    }
    if (!placeholders.isEmpty()) {
      Log.warnf("video %s: generation %d goes to Gate 2 with placeholders for scenes %s", videoId, generation,
          placeholders.keySet());
    }
    Map<String, StoredAsset> stored;
    try {
      stored = store(video);
    } catch (RuntimeException e) {
      // the store being down is no fault of the video: the claim expires and the render resumes
      throw new IllegalStateException("video " + videoId + ": keeping the finished files failed: " + e.getMessage(), e);
    }
    var videoWork = costs.videoWork(thumbnail.provider(), assembler);
    var finished = await(() -> workflow.finish(videoId, generation, video, placeholders, stored, videoWork, format));
    if (finished) {
      paid(videoWork);
      Log.infof("video %s: generation %d done, %.1f s, %s", videoId, generation, video.durationSeconds(), video.video());
    }
  }

  /** Provider spending as a metric, counted once the cost is committed (a checkpoint, a finished video). */
  private void paid(List<Cost.Line> lines) {
    lines.forEach(line -> meters.counter("yt.production.cost.usd", "provider", line.provider()).increment(line.cost()));
  }

  /** The finished files go to the asset store, addressed by their checksum. */
  private Map<String, StoredAsset> store(RenderedVideo video) {
    Map<String, StoredAsset> stored = new TreeMap<>();
    stored.put("video", assets.put(video.video(), "video/mp4"));
    stored.put("thumbnail", assets.put(video.thumbnail(), contentType(video.thumbnail())));
    stored.put("voice-over", assets.put(video.voiceOver(), contentType(video.voiceOver())));
    video.subtitles().ifPresent(srt -> stored.put("subtitles", assets.put(srt, "application/x-subrip")));
    return stored;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".png")) {
      return "image/png";
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (name.endsWith(".wav")) {
      return "audio/wav";
    }
    if (name.endsWith(".mp3")) {
      return "audio/mpeg";
    }
    return "application/octet-stream";
  }

  private void fail(ProductionJob job, int generation, GenerationFailure failure) {
    Log.warnf("video %s: generation %d failed, %s", job.videoId(), generation, failure.reason());
    await(() -> workflow.fail(job.videoId(), generation, failure));
  }

  /** One generation's scenes in flight: what finished, what failed, how long scenes take. */
  private final class SceneRun {
    private final ProductionJob job;
    private final RenderPlan plan;
    private final MediaFormat format;
    private final Path dir;
    private final Lease lease;
    private final List<RenderedClip> clips = new ArrayList<>();
    private final List<SceneError> errors = new ArrayList<>();
    private final AtomicBoolean movedOn = new AtomicBoolean();
    private final AtomicLong renderNanos = new AtomicLong();
    private final AtomicInteger rendered = new AtomicInteger();

    SceneRun(ProductionJob job, RenderPlan plan, MediaFormat format, Path dir, Lease lease) {
      this.job = job;
      this.plan = plan;
      this.format = format;
      this.dir = dir;
      this.lease = lease;
      clips.addAll(plan.reused());
    }

    void renderAll() {
      Map<String, Object> logContext = MDC.getMap();
      List<Future<?>> scenes = plan.toRender().stream()
          .map(scene -> scenePool.submit(() -> {
            logContext.forEach(MDC::put);
            try {
              renderOne(scene);
            } finally {
              MDC.clear();
            }
          }))
          .collect(Collectors.toList());
      for (Future<?> scene : scenes) {
        try {
          scene.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while rendering video " + job.videoId(), e);
        } catch (ExecutionException e) {
          // a checkpoint that could not be stored: the claim expires and the render resumes later
          throw new IllegalStateException("rendering video " + job.videoId() + " stopped: " + e.getCause(),
              e.getCause());
        }
      }
    }

    private void renderOne(SceneScript scene) {
      if (movedOn.get()) {
        return;
      }
      long started = System.nanoTime();
      RenderedClip clip;
      List<Cost.Line> cost;
      try {
        var made = scenes.make(scene, plan.generation(), format, dir);
        logPassedOver(job.videoId(), "scene " + scene.index(), made.passedOver());
        clip = made.clip();
        cost = made.cost();
      } catch (RuntimeException e) {
        Log.warnf("video %s: scene %d failed: %s", job.videoId(), scene.index(), e.getMessage());
        failed(new SceneError(scene.index(), String.valueOf(e.getMessage())));
        return;
      }
      renderNanos.addAndGet(System.nanoTime() - started);
      rendered.incrementAndGet();
      if (checkpoint(clip, cost)) {
        paid(cost);
      } else {
        movedOn.set(true);
      }
    }

    /**
     * A scene's outcome is counted and committed with the progress it makes, one scene at a time:
     * each report commits before the next is counted, so the reports reach the outbox, and the topic,
     * in the order of their counts and the console's bar never goes back.
     */
    private synchronized boolean checkpoint(RenderedClip clip, List<Cost.Line> cost) {
      clips.add(clip);
      var progress = progress();
      return await(() -> workflow.checkpoint(job.videoId(), plan.generation(), clip, cost, progress, lease.owner(),
          lease.until()));
    }

    private synchronized void failed(SceneError error) {
      errors.add(error);
      var progress = progress();
      await(() -> workflow.progress(job.videoId(), plan.generation(), progress));
    }

    private synchronized ProgressReport progress() {
      int done = clips.size();
      int failed = errors.size();
      int left = plan.scenesTotal() - done - failed;
      Optional<Integer> eta = rendered.get() == 0 ? Optional.empty() : Optional.of((int) Math.ceil(
          renderNanos.get() / 1e9 / rendered.get() * left / parallelism));
      return new ProgressReport(ProgressReport.Stage.SCENES, done, failed, plan.scenesTotal(), eta,
          "scene " + Math.min(done + failed, plan.scenesTotal()) + " of " + plan.scenesTotal()
              + (failed > 0 ? ", " + failed + " failed" : ""));
    }

    synchronized List<RenderedClip> clips() {
      return List.copyOf(clips);
    }

    synchronized List<SceneError> errors() {
      return errors.stream().sorted(Comparator.comparingInt(SceneError::index)).toList();
    }
  }

  /** A step served by a provider further down its chain: which providers failed it, and why. */
  private static void logPassedOver(Object videoId, String step, List<ProviderFailure> passedOver) {
    passedOver.forEach(failure -> Log.warnf("video %s: %s degraded past %s: %s", videoId, step, failure.provider(),
        failure.getMessage()));
  }

  private static String describe(List<SceneError> errors) {
    return errors.stream().map(error -> "scene " + error.index() + ": " + error.error())
        .collect(Collectors.joining("; "));
  }

  @PreDestroy
  void stop() {
    scenePool.shutdownNow();
  }
}
