package io.ytautopilot.production.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.events.GenerationProgress;
import io.ytautopilot.events.Topics;
import io.ytautopilot.production.adapters.providers.ProviderCatalog;
import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.Assembler;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.VoiceOver;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Scenes that finish at the same instant still report in order. The assembler holds each finished
 * clip of the test's video at a barrier until the other scene in flight has its clip too (two render
 * side by side), then releases both together, so both reach their checkpoint at once. The reports
 * reach the topic strictly increasing in scenes done and percent, and stamped in that order. Other
 * videos the queue renders meanwhile (other tests' leftovers) pass the barrier by.
 */
@QuarkusTest
@TestProfile(ProgressOrderTests.ScenesFinishInPairs.class)
class ProgressOrderTests extends ProductionServiceTest {
  private static final int SCENES = 6;

  public static class ScenesFinishInPairs implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(PairedClips.class);
    }
  }

  /** An alternative (and so is what it produces): only the profile above selects it. */
  @Alternative
  @Singleton
  public static class PairedClips {
    @Produces
    @Singleton
    Assembler pairedAssembler(ProviderCatalog catalog) {
      return new PairingAssembler(catalog.assembler(), new CyclicBarrier(2));
    }
  }

  /** The video whose clips meet in pairs; its media directory is named after it. */
  private static volatile String pairedVideo;

  @Test
  void scenesFinishingTogetherReportStrictlyIncreasingProgress() {
    String videoId = UUID.randomUUID().toString();
    pairedVideo = videoId;
    try (ConsumerTask<String, GenerationProgress> progress = streams.read(Topics.GENERATION_PROGRESS)) {
      streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "demo", SCENES));
      awaitEvent(Topics.ASSETS_GENERATED, videoId, event -> true);

      List<GenerationProgress> reports = await().atMost(Duration.ofSeconds(20))
          .until(() -> valuesOf(progress, videoId), found -> found.stream()
              .anyMatch(report -> report.getStage().equals("ASSEMBLING")));
      var scenes = reports.stream().filter(report -> report.getStage().equals("SCENES")).toList();
      assertThat(scenes).extracting(GenerationProgress::getScenesDone).containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(scenes).extracting(GenerationProgress::getPercent).containsExactly(15, 30, 45, 60, 75, 90);
      assertThat(reports).extracting(GenerationProgress::getOccurredAt).isSorted();
    }
  }

  /** The real assembler, except that a finished clip of the paired video waits for the other one in flight. */
  private record PairingAssembler(Assembler real, CyclicBarrier pair) implements Assembler {
    @Override
    public RenderedClip clip(SceneScript scene, int generation, Path picture, VoiceOver voiceOver, MediaFormat format,
        Path dir) {
      RenderedClip clip = real.clip(scene, generation, picture, voiceOver, format, dir);
      if (!dir.getFileName().toString().equals(pairedVideo)) {
        return clip;
      }
      try {
        pair.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted at the barrier", e);
      } catch (BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("scene " + scene.index() + " found no other scene to finish with", e);
      }
      return clip;
    }

    @Override
    public String name() {
      return real.name();
    }

    @Override
    public double usdPerUnit() {
      return real.usdPerUnit();
    }

    @Override
    public VoiceOver measure(SceneScript scene, Path audio) {
      return real.measure(scene, audio);
    }

    @Override
    public RenderedClip placeholder(SceneScript scene, int generation, String reason, MediaFormat format, Path dir) {
      return real.placeholder(scene, generation, reason, format, dir);
    }

    @Override
    public RenderedVideo assemble(RenderRequest request, List<RenderedClip> clips, Path thumbnail, MediaFormat format,
        Path dir) {
      return real.assemble(request, clips, thumbnail, format, dir);
    }

    @Override
    public boolean isIntact(RenderedClip clip) {
      return real.isIntact(clip);
    }
  }
}
