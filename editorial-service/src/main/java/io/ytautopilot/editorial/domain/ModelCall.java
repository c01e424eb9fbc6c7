package io.ytautopilot.editorial.domain;

/**
 * One call to a language model (or to the offline writer standing in for one), attempts that
 * failed included, so that Gate 1 shows what a draft cost.
 *
 * @param provider the router entry: premium, budget or offline
 */
public record ModelCall(Phase phase, String provider, String model, int inputTokens, int outputTokens,
    long latencyMillis, double costUsd, Outcome outcome) {
  public static final String OFFLINE = "offline";

  public enum Outcome {
    OK,
    TIMEOUT,
    FAILED,
    MALFORMED
  }

  /** The offline writer's work: free, and it never fails. */
  public static ModelCall offline(Phase phase, long latencyMillis) {
    return new ModelCall(phase, OFFLINE, "template", 0, 0, latencyMillis, 0, Outcome.OK);
  }
}
