package io.ytautopilot.production.domain;

import io.ytautopilot.production.domain.media.Assembler;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ProviderChain;
import io.ytautopilot.production.domain.media.ProviderFailure;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import io.ytautopilot.production.domain.media.VoiceOver;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes one scene's clip through the provider chains: its voice-over, then a picture as long as the
 * plan or the voice-over, whichever is longer (no narration is cut), then both joined. Thread-safe:
 * scenes of one video are made side by side, each writing its own files.
 */
public final class SceneMaker {
  private final ProviderChain<VoiceOverProvider> voices;
  private final ProviderChain<SceneVideoProvider> pictures;
  private final Assembler assembler;
  private final CostEstimator costs;

  public SceneMaker(ProviderChain<VoiceOverProvider> voices, ProviderChain<SceneVideoProvider> pictures,
      Assembler assembler, CostEstimator costs) {
    this.voices = voices;
    this.pictures = pictures;
    this.assembler = assembler;
    this.costs = costs;
  }

  /**
   * The clip, what it cost at the prices of the providers that served it, and the providers passed
   * over on the way (a degraded scene).
   */
  public record Made(RenderedClip clip, List<Cost.Line> cost, List<ProviderFailure> passedOver) {}

  /** @throws RuntimeException when a chain is exhausted or joining fails: the scene failed */
  public Made make(SceneScript scene, int generation, MediaFormat format, Path dir) {
    var voice = voices.serve(provider -> provider.speak(scene, dir));
    VoiceOver voiceOver = assembler.measure(scene, voice.result());
    double seconds = Math.max(scene.plannedSeconds(), voiceOver.seconds());
    var picture = pictures.serve(provider -> provider.render(scene, generation, format, seconds, dir));
    var clip = assembler.clip(scene, generation, picture.result(), voiceOver, format, dir);
    var passedOver = new ArrayList<>(voice.passedOver());
    passedOver.addAll(picture.passedOver());
    return new Made(clip, costs.sceneWork(scene, voice.provider(), picture.provider(), seconds), passedOver);
  }
}
