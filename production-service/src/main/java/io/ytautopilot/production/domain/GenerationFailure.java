package io.ytautopilot.production.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Why a generation failed, with the scenes that failed where that is known. */
public record GenerationFailure(String reason, List<SceneError> failedScenes) {
  public GenerationFailure {
    failedScenes = List.copyOf(failedScenes);
  }

  /** A failure of the video as a whole (a bad request, or joining the clips). */
  public static GenerationFailure of(String reason) {
    return new GenerationFailure(reason, List.of());
  }

  /** Some scenes failed; the reason lists each one's error. */
  public static GenerationFailure ofScenes(List<SceneError> errors, int scenesRendered) {
    return new GenerationFailure(errors.size() + " of " + scenesRendered + " scenes failed: "
        + errors.stream()
            .map(error -> "scene " + error.index() + ": " + error.error())
            .collect(Collectors.joining("; ")),
        errors);
  }
}
