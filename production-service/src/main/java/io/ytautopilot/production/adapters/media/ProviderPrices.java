package io.ytautopilot.production.adapters.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What each local provider charges, in USD per unit of what it bills ({@code yt.production.prices.<provider>.*}).
 * They are free (0), but priced all the same, so that a paid provider only brings its own entry. A
 * negative price stops the service at start-up, naming the key.
 */
@ConfigMapping(prefix = "yt.production.prices")
public interface ProviderPrices {
  EspeakNg espeakNg();

  Ffmpeg ffmpeg();

  Java2d java2d();

  interface EspeakNg {
    @WithName("voice-over-per-1k-characters")
    @PositiveOrZero
    double voiceOverPer1kCharacters();
  }

  interface Ffmpeg {
    /** A scene's clip, per second of the scene. */
    @PositiveOrZero
    double scenePerSecond();

    /** Joining the clips, voice-over and all, per video. */
    @PositiveOrZero
    double assemblyPerVideo();
  }

  interface Java2d {
    @PositiveOrZero
    double thumbnailPerImage();
  }
}
