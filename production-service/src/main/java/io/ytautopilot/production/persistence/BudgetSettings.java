package io.ytautopilot.production.persistence;

import io.smallrye.config.ConfigMapping;
import io.ytautopilot.production.domain.Budget;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly generation budgets in USD ({@code yt.production.budget.*}): a default for every workspace
 * and overrides per workspace; none means no limit.
 */
@ConfigMapping(prefix = "yt.production.budget")
public interface BudgetSettings {

  Optional<@PositiveOrZero Double> monthlyUsd();

  Map<String, Workspace> workspaces();

  interface Workspace {
    Optional<@PositiveOrZero Double> monthlyUsd();
  }

  default Budget of(String workspaceId) {
    var own = Optional.ofNullable(workspaces().get(workspaceId)).flatMap(Workspace::monthlyUsd);
    return new Budget(own.or(this::monthlyUsd));
  }
}
