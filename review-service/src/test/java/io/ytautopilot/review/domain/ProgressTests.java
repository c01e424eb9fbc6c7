package io.ytautopilot.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTests {
  private static final Instant T0 = Instant.parse("2030-01-01T09:00:00Z");

  @Test
  void onlyTheLatestReportOfTheCurrentGenerationIsKept() {
    var kept = report(2, 4, T0.plusSeconds(10));

    assertThat(report(2, 5, T0.plusSeconds(11)).replaces(2, Optional.of(kept))).as("newer").isTrue();
    assertThat(report(2, 3, T0.plusSeconds(9)).replaces(2, Optional.of(kept))).as("older, late").isFalse();
    assertThat(report(1, 9, T0.plusSeconds(20)).replaces(2, Optional.of(kept))).as("an earlier generation").isFalse();
    assertThat(report(3, 1, T0.plusSeconds(20)).replaces(2, Optional.of(kept))).as("not asked for yet").isFalse();
    assertThat(report(2, 1, T0).replaces(2, Optional.of(report(1, 10, T0.plusSeconds(30)))))
        .as("the first report of a new generation, whatever the old one's time").isTrue();
    assertThat(report(2, 0, T0).replaces(2, Optional.empty())).as("the first report").isTrue();
  }

  private static Progress report(int generation, int done, Instant at) {
    return new Progress(generation, "SCENES", done, 0, 10, done * 10, null, "scene " + done + " of 10", at);
  }
}
