package io.ytautopilot.trend.domain;

import java.util.List;

/** An A/B test of named prompt variants for one editorial phase (SELECTION or PACKAGE). */
public record PromptExperiment(String phase, List<String> variants) {
  public PromptExperiment {
    variants = List.copyOf(variants);
  }
}
