package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderingFailed;
import io.ytautopilot.production.domain.media.Provider;
import io.ytautopilot.production.domain.media.ProviderFailure;
import java.util.function.Supplier;

/**
 * A provider that runs on this machine (espeak-ng, ffmpeg, Java2D): its name and price and, for the
 * links of a chain, its failed rendering steps turned into the provider's failure so the chain can
 * move on.
 */
abstract class LocalProvider implements Provider {
  private final String name;
  private final double usdPerUnit;

  LocalProvider(String name, double usdPerUnit) {
    this.name = name;
    this.usdPerUnit = usdPerUnit;
  }

  /** Runs a provider's work; a {@link RenderingFailed} keeps its message, naming the step and scene. */
  final <T> T asProvider(Supplier<T> work) {
    try {
      return work.get();
    } catch (RenderingFailed e) {
      throw new ProviderFailure(name, e.getMessage(), e);
    }
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final double usdPerUnit() {
    return usdPerUnit;
  }
}
