package io.ytautopilot.production.domain;

import io.ytautopilot.production.domain.media.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prices the work of a generation. Before it, with the price table of the preferred providers: per
 * scene its voice-over (by the narration's characters) and its clip (by its planned seconds), then
 * the video's thumbnail and its assembly. As it is done, at the prices of the providers that
 * actually served each step. A clip reused from an earlier generation is no work, so it costs nothing.
 */
public final class CostEstimator {
  static final double CHARACTERS_PER_VOICE_OVER_UNIT = 1_000;

  private final PriceTable prices;

  public CostEstimator(PriceTable prices) {
    this.prices = prices;
  }

  /** A drafted script, rendered in full: every scene, the thumbnail and the assembly. */
  public Cost estimate(List<SceneScript> script) {
    return finishedGeneration(script);
  }

  /** A generation that delivered its video: the scenes it rendered itself, the thumbnail and the assembly. */
  public Cost finishedGeneration(List<SceneScript> renderedScenes) {
    var lines = new ArrayList<>(sceneLines(renderedScenes));
    lines.add(line("thumbnail (images)", prices.thumbnail(), 1));
    lines.add(line("assembly (videos)", prices.assembly(), 1));
    return new Cost(lines);
  }

  /** A scene as it was rendered: billed at the prices of the providers that served it, for the seconds asked. */
  public List<Cost.Line> sceneWork(SceneScript scene, Provider voiceOver, Provider sceneVideo, double seconds) {
    return List.of(
        new Cost.Line("scene " + scene.index() + " voice-over (1k characters)", voiceOver.name(),
            scene.narrationCharacters() / CHARACTERS_PER_VOICE_OVER_UNIT, voiceOver.usdPerUnit()),
        new Cost.Line("scene " + scene.index() + " clip (seconds)", sceneVideo.name(), seconds,
            sceneVideo.usdPerUnit()));
  }

  /** The thumbnail and the assembly of a finished generation, billed at the providers that made them. */
  public List<Cost.Line> videoWork(Provider thumbnail, Provider assembler) {
    return List.of(new Cost.Line("thumbnail (images)", thumbnail.name(), 1, thumbnail.usdPerUnit()),
        new Cost.Line("assembly (videos)", assembler.name(), 1, assembler.usdPerUnit()));
  }

  public PriceTable prices() {
    return prices;
  }

  private List<Cost.Line> sceneLines(List<SceneScript> scenes) {
    return scenes.stream()
        .sorted(Comparator.comparingInt(SceneScript::index))
        .flatMap(scene -> List.of(
            line("scene " + scene.index() + " voice-over (1k characters)", prices.voiceOver(),
                scene.narrationCharacters() / CHARACTERS_PER_VOICE_OVER_UNIT),
            line("scene " + scene.index() + " clip (seconds)", prices.sceneClip(), scene.plannedSeconds()))
            .stream())
        .toList();
  }

  private static Cost.Line line(String item, PriceTable.Price price, double units) {
    return new Cost.Line(item, price.provider(), units, price.usdPerUnit());
  }
}
