package io.ytautopilot.trend.domain;

import static io.ytautopilot.trend.domain.TrendRankingTests.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrendScoringTests {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void scoresStayBetweenZeroAndOneHundred() {
    assertThat(TrendScoring.score(item("t", 0, NOW.minus(Duration.ofDays(365))), NOW)).isEqualTo(0.0);
    assertThat(TrendScoring.score(item("t", Long.MAX_VALUE, NOW), NOW)).isEqualTo(100.0);
    assertThat(TrendScoring.score(item("t", 0, NOW), NOW)).isEqualTo(40.0);
    assertThat(TrendScoring.score(item("t", TrendScoring.POPULARITY_CEILING, NOW.minus(Duration.ofDays(365))), NOW))
        .isEqualTo(60.0);
  }

  @Test
  void morePopularScoresHigherAndFresherScoresHigher() {
    assertThat(TrendScoring.score(item("t", 10_000, NOW), NOW)).isGreaterThan(TrendScoring.score(item("t", 100, NOW), NOW));
    assertThat(TrendScoring.score(item("t", 100, NOW.minus(Duration.ofHours(1))), NOW))
        .isGreaterThan(TrendScoring.score(item("t", 100, NOW.minus(Duration.ofHours(30))), NOW));
  }

  @Test
  void freshnessHalvesEveryDay() {
    double dayOld = TrendScoring.score(item("t", 0, NOW.minus(TrendScoring.FRESHNESS_HALF_LIFE)), NOW);
    assertThat(dayOld).isEqualTo(20.0);
  }

  @Test
  void theSameItemAndInstantAlwaysGiveTheSameScore() {
    var item = item("t", 48_200, Instant.parse("2026-11-24T18:00:00Z"));
    assertThat(TrendScoring.score(item, NOW)).isEqualTo(TrendScoring.score(item, NOW)).isEqualTo(72.03);
  }

  @Test
  void anItemDatedAheadOfTheClockIsOnlyAsFreshAsNow() {
    assertThat(TrendScoring.score(item("t", 100, NOW.plus(Duration.ofHours(2))), NOW))
        .isEqualTo(TrendScoring.score(item("t", 100, NOW), NOW));
  }
}
