package io.ytautopilot.review.domain;

import java.util.List;
import java.util.Map;

/**
 * What editorial reported about how it wrote a revision: why it chose the topic, its compliance
 * pre-review (which the Gate 1 reviewer checks before approving), the LLM calls behind the text
 * with their cost, and the A/B prompt variants used.
 */
public record Drafting(
    String selectionReason,
    List<Finding> findings,
    List<ModelCall> modelCalls,
    Map<String, String> promptVariants,
    String targetFormat) {

  public static final Drafting NONE = new Drafting(null, List.of(), List.of(), Map.of(), null);

  /** One compliance finding; severity BLOCKER, WARNING or INFO. */
  public record Finding(String rule, String severity, String message, String excerpt, String location) {}

  /** One LLM call, failed attempts included: they are paid too. */
  public record ModelCall(String phase, String provider, String model, int inputTokens, int outputTokens,
      long latencyMillis, double costUsd, String outcome) {}

  public Drafting {
    // revisions stored before editorial reported any of this have none of it
    findings = findings == null ? List.of() : List.copyOf(findings);
    modelCalls = modelCalls == null ? List.of() : List.copyOf(modelCalls);
    promptVariants = promptVariants == null ? Map.of() : Map.copyOf(promptVariants);
  }

  /** USD the LLM calls of this revision cost. */
  public double llmCostUsd() {
    return modelCalls.stream().mapToDouble(ModelCall::costUsd).sum();
  }
}
