package io.ytautopilot.production.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a workspace may spend on generation per calendar month, in USD; none means no limit. A
 * generation whose estimate exceeds what is left of it is not started.
 */
public record Budget(Optional<Double> monthlyUsd) {
  public Budget {
    monthlyUsd.ifPresent(limit -> {
      if (!Double.isFinite(limit) || limit < 0) {
        throw new IllegalArgumentException("a monthly budget is an amount of USD, 0 or more, was " + limit);
      }
    });
  }

  public static Budget unlimited() {
    return new Budget(Optional.empty());
  }

  /**
   * @param estimate       what the generation is estimated to cost
   * @param spentThisMonth what the workspace's generations cost so far this month
   * @return why the generation may not start, or empty when the budget allows it
   */
  public Optional<String> refusal(String workspaceId, double estimate, double spentThisMonth) {
    return monthlyUsd.filter(limit -> estimate > limit - spentThisMonth + 1e-9)
        .map(limit -> String.format(Locale.ROOT, "over budget: generating it is estimated at $%.2f, but workspace"
            + " %s has $%.2f left of its $%.2f monthly budget ($%.2f spent this month)", estimate, workspaceId,
            Math.max(0, limit - spentThisMonth), limit, spentThisMonth));
  }
}
