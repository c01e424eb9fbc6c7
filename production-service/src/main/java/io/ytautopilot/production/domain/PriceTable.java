package io.ytautopilot.production.domain;

import java.util.Objects;

/**
 * What the providers charge, in USD per unit of what each one bills. A free provider has a price
 * too (0), so every cost line names its units and unit price, and a paid provider changes only the
 * table.
 *
 * @param voiceOver per 1,000 narration characters
 * @param sceneClip per second of scene
 * @param thumbnail per image
 * @param assembly per video
 */
public record PriceTable(Price voiceOver, Price sceneClip, Price thumbnail, Price assembly) {
  public PriceTable {
    Objects.requireNonNull(voiceOver, "voiceOver");
    Objects.requireNonNull(sceneClip, "sceneClip");
    Objects.requireNonNull(thumbnail, "thumbnail");
    Objects.requireNonNull(assembly, "assembly");
  }

  /** One provider's price per unit. */
  public record Price(String provider, double usdPerUnit) {
    public Price {
      if (provider == null || provider.isBlank()) {
        throw new IllegalArgumentException("a price names its provider");
      }
      if (!Double.isFinite(usdPerUnit) || usdPerUnit < 0) {
        throw new IllegalArgumentException(
            "the price of " + provider + " must be a finite amount of USD, 0 or more, was " + usdPerUnit);
      }
    }
  }
}
