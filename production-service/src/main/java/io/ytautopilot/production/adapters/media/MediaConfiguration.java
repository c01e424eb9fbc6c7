package io.ytautopilot.production.adapters.media;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.ytautopilot.production.domain.CostEstimator;
import io.ytautopilot.production.domain.PriceTable;
import io.ytautopilot.production.domain.PriceTable.Price;
import io.ytautopilot.production.domain.VideoRenderer;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the local renderer and the prices of its providers, and refuses to start without the tools it runs. */
@Singleton
public class MediaConfiguration {

  @Produces
  @Singleton
  MediaTools mediaTools() {
    return new MediaTools();
  }

  @Produces
  @Singleton
  VideoRenderer videoRenderer(MediaTools tools,
      @ConfigProperty(name = "yt.production.width") int width,
      @ConfigProperty(name = "yt.production.height") int height) {
    return new LocalMediaRenderer(tools, width, height, LocalMediaRenderer.DEFAULT_TIMEOUT);
  }

  /** The providers the local renderer uses, each with its price. */
  @Produces
  @Singleton
  CostEstimator costEstimator(ProviderPrices prices) {
    return new CostEstimator(new PriceTable(
        new Price("espeak-ng", prices.espeakNg().voiceOverPer1kCharacters()),
        new Price("ffmpeg", prices.ffmpeg().scenePerSecond()),
        new Price("java2d", prices.java2d().thumbnailPerImage()),
        new Price("ffmpeg", prices.ffmpeg().assemblyPerVideo())));
  }

  /**
   * A missing ffmpeg or espeak-ng fails the start with the fix, not the first render hours later;
   * likewise a price that is no amount of USD.
   */
  void verifyToolsAndPrices(@Observes StartupEvent startup, MediaTools tools, CostEstimator costs) {
    tools.verifyInstalled().forEach((tool, version) -> Log.infof("media tool %s: %s", tool, version));
    var prices = costs.prices();
    Log.infof("prices (USD): voice-over %s %s per 1k characters, scene clip %s %s per second,"
        + " thumbnail %s %s per image, assembly %s %s per video",
        prices.voiceOver().provider(), prices.voiceOver().usdPerUnit(),
        prices.sceneClip().provider(), prices.sceneClip().usdPerUnit(),
        prices.thumbnail().provider(), prices.thumbnail().usdPerUnit(),
        prices.assembly().provider(), prices.assembly().usdPerUnit());
  }
}
