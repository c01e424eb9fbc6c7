package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetTests {
  private static final Budget TEN_DOLLARS = monthly(10);

  @Test
  void anUnlimitedBudgetNeverRefuses() {
    assertThat(Budget.unlimited().refusal("demo", 1_000_000, 1_000_000)).isEmpty();
    assertThat(Budget.unlimited().monthlyUsd()).isEmpty();
  }

  @Test
  void anEstimateWithinWhatIsLeftIsAllowed() {
    assertThat(TEN_DOLLARS.refusal("demo", 2.5, 7)).isEmpty();
  }

  @Test
  void anEstimateOfExactlyWhatIsLeftIsAllowed() {
    assertThat(TEN_DOLLARS.refusal("demo", 3, 7)).isEmpty();
    // 10 - 9.99 is 0.0100000000000016 in doubles
    assertThat(TEN_DOLLARS.refusal("demo", 0.01, 9.99)).isEmpty();
    assertThat(monthly(0).refusal("demo", 0, 0)).isEmpty();
  }

  @Test
  void anEstimateOverWhatIsLeftIsRefusedWithEstimateLeftLimitAndSpent() {
    assertThat(TEN_DOLLARS.refusal("demo", 3.456, 7.5)).hasValue("over budget: generating it is estimated at"
        + " $3.46, but workspace demo has $2.50 left of its $10.00 monthly budget ($7.50 spent this month)");
  }

  @Test
  void aWorkspaceThatSpentMoreThanItsBudgetHasNothingLeft() {
    assertThat(TEN_DOLLARS.refusal("demo", 0.01, 12)).hasValueSatisfying(why -> assertThat(why)
        .contains("$0.00 left").contains("$12.00 spent"));
  }

  @Test
  void aLimitIsAFiniteAmountOfUsdZeroOrMore() {
    assertThatThrownBy(() -> monthly(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was -1.0");
    assertThatThrownBy(() -> monthly(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was NaN");
    assertThatThrownBy(() -> monthly(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Budget monthly(double usd) {
    return new Budget(Optional.of(usd));
  }
}
