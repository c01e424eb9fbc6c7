package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuccessThresholdTests {
  private static final SuccessThreshold EIGHTY_PERCENT = new SuccessThreshold(0.8);

  @Test
  void atEightyPercentEightOfTenScenesPassAndSevenFail() {
    assertThat(EIGHTY_PERCENT.isMetBy(8, 10)).isTrue();
    assertThat(EIGHTY_PERCENT.isMetBy(7, 10)).isFalse();
    assertThat(EIGHTY_PERCENT.required(10)).isEqualTo(8);
  }

  @Test
  void atEightyPercentFourOfFiveScenesPassAndThreeFail() {
    assertThat(EIGHTY_PERCENT.isMetBy(4, 5)).isTrue();
    assertThat(EIGHTY_PERCENT.isMetBy(3, 5)).isFalse();
    assertThat(EIGHTY_PERCENT.required(5)).isEqualTo(4);
  }

  @Test
  void aSingleSceneVideoNeedsItsScene() {
    assertThat(EIGHTY_PERCENT.isMetBy(1, 1)).isTrue();
    assertThat(EIGHTY_PERCENT.isMetBy(0, 1)).isFalse();
    assertThat(EIGHTY_PERCENT.required(1)).isEqualTo(1);
  }

  @Test
  void aShareThatIsNotAWholeNumberOfScenesRoundsUp() {
    // 0.8 of 3 is 2.4 scenes: 2 are not enough
    assertThat(EIGHTY_PERCENT.required(3)).isEqualTo(3);
    assertThat(EIGHTY_PERCENT.isMetBy(2, 3)).isFalse();
  }

  @Test
  void seventyPercentOfTenNeedsSeven() {
    var seventyPercent = new SuccessThreshold(0.7);

    assertThat(seventyPercent.required(10)).isEqualTo(7);
    assertThat(seventyPercent.isMetBy(7, 10)).isTrue();
    assertThat(seventyPercent.isMetBy(6, 10)).isFalse();
  }

  @Test
  void aShareWhoseProductOvershootsAWholeNumberInDoublesDoesNotAskForOneSceneMore() {
    // in doubles 0.14 * 50 is 7.000000000000001 and 0.56 * 25 is 14.000000000000002
    assertThat(0.14 * 50).isGreaterThan(7);
    assertThat(0.56 * 25).isGreaterThan(14);

    assertThat(new SuccessThreshold(0.14).required(50)).isEqualTo(7);
    assertThat(new SuccessThreshold(0.14).isMetBy(7, 50)).isTrue();
    assertThat(new SuccessThreshold(0.56).required(25)).isEqualTo(14);
    assertThat(new SuccessThreshold(0.56).isMetBy(13, 25)).isFalse();
  }

  @Test
  void aThresholdOfOneNeedsEveryScene() {
    var all = new SuccessThreshold(1);

    assertThat(all.isMetBy(10, 10)).isTrue();
    assertThat(all.isMetBy(9, 10)).isFalse();
  }

  @Test
  void aShareOutsideZeroToOneIsRejectedNamingIt() {
    assertInvalid(0, "was 0.0");
    assertInvalid(-0.1, "was -0.1");
    assertInvalid(1.1, "was 1.1");
    assertInvalid(Double.NaN, "was NaN");
  }

  private static void assertInvalid(double share, String shown) {
    assertThatThrownBy(() -> new SuccessThreshold(share)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above 0 and at most 1").hasMessageContaining(shown);
  }
}
