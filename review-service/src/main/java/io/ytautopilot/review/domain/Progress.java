package io.ytautopilot.review.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far production has come with one generation of a video: informational, it changes no state.
 *
 * @param stage QUEUED, SCENES or ASSEMBLING
 * @param etaSeconds estimated seconds left; null until production has timed a scene
 * @param at when production reported it
 */
public record Progress(int generation, String stage, int scenesDone, int scenesFailed, int scenesTotal, int percent,
    Integer etaSeconds, String message, Instant at) {

  public Progress {
    Objects.requireNonNull(stage);
    Objects.requireNonNull(at);
    message = message == null ? "" : message;
  }

  /**
   * Whether this report is the one to keep: it is about the video's current generation and not
   * older than the report kept so far (reports may come late, twice or replayed).
   */
  public boolean replaces(int currentGeneration, Optional<Progress> kept) {
    return generation == currentGeneration
        && kept.map(previous -> previous.generation != generation || !at.isBefore(previous.at)).orElse(true);
  }
}
