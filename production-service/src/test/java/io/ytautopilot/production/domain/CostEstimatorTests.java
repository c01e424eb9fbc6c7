package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ytautopilot.production.domain.PriceTable.Price;
import io.ytautopilot.production.domain.media.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostEstimatorTests {
  private static final PriceTable PRICES = new PriceTable(new Price("tts", 0.015), new Price("video", 0.05),
      new Price("images", 0.02), new Price("joiner", 0.01));
  private static final CostEstimator COSTS = new CostEstimator(PRICES);
  // 200 characters and 6 seconds; 1,000 characters and 10 seconds
  private static final SceneScript SHORT = new SceneScript(1, "a".repeat(200), "", "", 6);
  private static final SceneScript LONG = new SceneScript(2, "b".repeat(1_000), "", "", 10);

  @Test
  void anEstimatePricesEachScenesVoiceOverAndClipThenTheThumbnailAndTheAssembly() {
    var estimate = COSTS.estimate(List.of(LONG, SHORT));

    assertThat(estimate.lines()).containsExactly(
        new Cost.Line("scene 1 voice-over (1k characters)", "tts", 0.2, 0.015),
        new Cost.Line("scene 1 clip (seconds)", "video", 6, 0.05),
        new Cost.Line("scene 2 voice-over (1k characters)", "tts", 1, 0.015),
        new Cost.Line("scene 2 clip (seconds)", "video", 10, 0.05),
        new Cost.Line("thumbnail (images)", "images", 1, 0.02),
        new Cost.Line("assembly (videos)", "joiner", 1, 0.01));
    assertThat(estimate.lines()).extracting(Cost.Line::cost)
        .usingElementComparator((Double a, Double b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
        .containsExactly(0.003, 0.3, 0.015, 0.5, 0.02, 0.01);
    assertThat(estimate.total()).isCloseTo(0.003 + 0.3 + 0.015 + 0.5 + 0.02 + 0.01, within(1e-12));
  }

  @Test
  void voiceOverIsBilledByCharactersNotBytesOrUtf16Units() {
    var scene = new SceneScript(1, "Déjà vu 🐙", "", "", 0); // 9 characters, 13 UTF-8 bytes, 10 UTF-16 units

    assertThat(COSTS.estimate(List.of(scene)).lines().get(0).units()).isEqualTo(0.009);
  }

  @Test
  void freeProvidersStillYieldLinesWithUnitsAndAZeroPrice() {
    var free = new CostEstimator(new PriceTable(new Price("espeak-ng", 0), new Price("ffmpeg", 0),
        new Price("java2d", 0), new Price("ffmpeg", 0)));

    var estimate = free.estimate(List.of(SHORT));

    assertThat(estimate.lines()).extracting(Cost.Line::units).containsExactly(0.2, 6.0, 1.0, 1.0);
    assertThat(estimate.lines()).extracting(Cost.Line::unitPrice).containsOnly(0.0);
    assertThat(estimate.total()).isZero();
  }

  @Test
  void aFinishedGenerationPaysForTheScenesItRenderedAndTheVideoNotForReusedScenes() {
    var full = COSTS.estimate(List.of(SHORT, LONG));

    var regeneration = COSTS.finishedGeneration(List.of(LONG));

    assertThat(regeneration.lines()).containsExactly(full.lines().get(2), full.lines().get(3), full.lines().get(4),
        full.lines().get(5));
    assertThat(COSTS.finishedGeneration(List.of(SHORT, LONG))).isEqualTo(full);
  }

  @Test
  void aRenderedSceneIsBilledAtThePricesOfTheProvidersThatServedIt() {
    var lines = COSTS.sceneWork(LONG, provider("espeak-ng", 0), provider("runway", 0.08), 7.5);

    assertThat(lines).containsExactly(
        new Cost.Line("scene 2 voice-over (1k characters)", "espeak-ng", 1, 0),
        new Cost.Line("scene 2 clip (seconds)", "runway", 7.5, 0.08));
    assertThat(lines.get(1).cost()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void aSceneServedByAFallbackIsNotBilledAtThePriceTable() {
    // the price table names the preferred providers; a degraded step bills who actually served it
    var lines = COSTS.sceneWork(SHORT, provider("budget-tts", 0.004), provider("ffmpeg", 0), 6);

    assertThat(lines).extracting(Cost.Line::provider).containsExactly("budget-tts", "ffmpeg");
    assertThat(lines).extracting(Cost.Line::units).containsExactly(0.2, 6.0);
    assertThat(lines).extracting(Cost.Line::unitPrice).containsExactly(0.004, 0.0);
  }

  @Test
  void theVideoWorkIsOneImageAndOneAssemblyFromTheProvidersThatMadeThem() {
    var lines = COSTS.videoWork(provider("java2d", 0.001), provider("ffmpeg", 0.002));

    assertThat(lines).containsExactly(
        new Cost.Line("thumbnail (images)", "java2d", 1, 0.001),
        new Cost.Line("assembly (videos)", "ffmpeg", 1, 0.002));
  }

  @Test
  void aPriceIsAFiniteAmountOfUsdZeroOrMoreFromANamedProvider() {
    assertThatThrownBy(() -> new Price("ffmpeg", -0.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ffmpeg").hasMessageContaining("-0.01");
    assertThatThrownBy(() -> new Price("ffmpeg", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Price("ffmpeg", Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Price(" ", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSceneCannotBePlannedToLastLessThanNothing() {
    assertThatThrownBy(() -> new SceneScript(3, "hi", "", "", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scene 3");
  }

  private static Provider provider(String name, double usdPerUnit) {
    return new Priced(name, usdPerUnit);
  }

  private record Priced(String name, double usdPerUnit) implements Provider {}
}
