package io.ytautopilot.production.domain;

import java.util.Optional;

/** How far a generation has come, for people watching it (GenerationProgress). */
public record ProgressReport(Stage stage, int scenesDone, int scenesFailed, int scenesTotal,
    Optional<Integer> etaSeconds, String message) {

  public enum Stage {
    QUEUED,
    SCENES,
    ASSEMBLING
  }

  public static ProgressReport queued(int scenesTotal, String message) {
    return new ProgressReport(Stage.QUEUED, 0, 0, scenesTotal, Optional.empty(), message);
  }

  /** Scenes count for 90 %: joining them is the last tenth of the work. */
  public int percent() {
    if (stage == Stage.QUEUED || scenesTotal == 0) {
      return 0;
    }
    if (stage == Stage.ASSEMBLING) {
      return 90;
    }
    return (int) Math.floor(90.0 * (scenesDone + scenesFailed) / scenesTotal);
  }
}
