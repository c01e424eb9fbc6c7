package io.ytautopilot.production.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How the scenes of one video are rendered ({@code yt.production.scenes.*}). */
@ConfigMapping(prefix = "yt.production.scenes")
public interface SceneSettings {

  /** Scenes rendered at the same time. */
  @WithDefault("2")
  @Min(1)
  @Max(32)
  int parallelism();

  /** The share of scenes that must succeed for the video to go on with placeholders for the rest. */
  @WithDefault("0.8")
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("1")
  double successThreshold();
}
