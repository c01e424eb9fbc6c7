package io.ytautopilot.production.adapters.providers;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.Guard;
import io.ytautopilot.production.adapters.media.MediaTools;
import io.ytautopilot.production.domain.CostEstimator;
import io.ytautopilot.production.domain.PriceTable;
import io.ytautopilot.production.domain.PriceTable.Price;
import io.ytautopilot.production.domain.media.Assembler;
import io.ytautopilot.production.domain.media.MediaFormats;
import io.ytautopilot.production.domain.media.Provider;
import io.ytautopilot.production.domain.media.ProviderChain;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import io.ytautopilot.production.domain.media.ThumbnailProvider;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Wires the provider chains, the assembler, the workspace formats and the price table from
 * {@code yt.production.*}, and builds them at start-up, so a wrong key stops the service at once.
 */
@Singleton
public class ProviderConfiguration {

  @Produces
  @Singleton
  ProviderCatalog providerCatalog(MediaSettings settings, MediaTools tools) {
    return new ProviderCatalog(settings, tools, Guard::create);
  }

  @Produces
  @Singleton
  ProviderChain<VoiceOverProvider> voiceOverChain(ProviderCatalog catalog) {
    return catalog.voiceOver();
  }

  @Produces
  @Singleton
  ProviderChain<SceneVideoProvider> sceneVideoChain(ProviderCatalog catalog) {
    return catalog.sceneVideo();
  }

  @Produces
  @Singleton
  ProviderChain<ThumbnailProvider> thumbnailChain(ProviderCatalog catalog) {
    return catalog.thumbnail();
  }

  @Produces
  @Singleton
  Assembler assembler(ProviderCatalog catalog) {
    return catalog.assembler();
  }

  @Produces
  @Singleton
  MediaFormats mediaFormats(ProviderCatalog catalog) {
    return catalog.formats();
  }

  /** An estimate assumes the preferred provider of each chain serves, since it does whenever nothing fails. */
  @Produces
  @Singleton
  CostEstimator costEstimator(ProviderCatalog catalog) {
    return costEstimatorOf(catalog);
  }

  static CostEstimator costEstimatorOf(ProviderCatalog catalog) {
    return new CostEstimator(new PriceTable(price(catalog.voiceOver().preferred()),
        price(catalog.sceneVideo().preferred()), price(catalog.thumbnail().preferred()),
        price(catalog.assembler())));
  }

  void logChainsAtStartup(@Observes StartupEvent startup, ProviderCatalog catalog) {
    Log.infof("media providers, in the order tried (USD per unit): voice-over %s (per 1k characters),"
        + " scene video %s (per second), thumbnail %s (per image), assembly %s (per video)",
        describe(catalog.voiceOver()), describe(catalog.sceneVideo()), describe(catalog.thumbnail()),
        catalog.assembler().name() + " " + catalog.assembler().usdPerUnit());
  }

  private static Price price(Provider provider) {
    return new Price(provider.name(), provider.usdPerUnit());
  }

  private static String describe(ProviderChain<?> chain) {
    return chain.providers().stream().map(provider -> provider.name() + " " + provider.usdPerUnit())
        .collect(Collectors.joining(" → "));
  }
}
