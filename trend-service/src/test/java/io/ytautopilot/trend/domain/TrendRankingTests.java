package io.ytautopilot.trend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendRankingTests {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void titlesDifferingOnlyInCasePunctuationOrSpacingAreTheSameTrend() {
    assertThat(Titles.normalize("  Why Octopuses   Have THREE Hearts?! ")).isEqualTo("why octopuses have three hearts");
    assertThat(Titles.normalize("why octopuses have three hearts")).isEqualTo("why octopuses have three hearts");
    assertThat(Titles.normalize("How Noise-Cancelling Headphones \u201cErase\u201d Sound\u00a0\u2026"))
        .isEqualTo("how noisecancelling headphones erase sound");
    assertThat(Titles.normalize("Caf\u00e9 Science: 3 Ideas")).isEqualTo("caf\u00e9 science 3 ideas");
  }

  @Test
  void duplicatesMergeIntoTheBestScoredOneAndTheRestIsSortedBestFirst() {
    var lessPopularCopy = item("why octopuses have THREE hearts!", 1_000, NOW);
    var original = item("Why Octopuses Have Three Hearts", 50_000, NOW);
    var stale = item("What Causes the Northern Lights?", 50_000, NOW.minus(Duration.ofDays(5)));
    var fresh = item("How Lightning Forms", 500, NOW);

    List<ScoredTrend> ranked = TrendRanking.rank(List.of(lessPopularCopy, stale, original, fresh), NOW);

    assertThat(ranked).extracting(trend -> trend.item().title())
        .containsExactly("Why Octopuses Have Three Hearts", "How Lightning Forms", "What Causes the Northern Lights?");
    assertThat(ranked).extracting(ScoredTrend::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(ranked.get(0).normalizedTitle()).isEqualTo("why octopuses have three hearts");
  }

  @Test
  void equalScoresAreOrderedByTitleWhateverTheSourceOrder() {
    var b = item("B trend", 100, NOW);
    var a = item("A trend", 100, NOW);
    assertThat(TrendRanking.rank(List.of(b, a), NOW)).extracting(ScoredTrend::normalizedTitle)
        .containsExactly("a trend", "b trend");
  }

  @Test
  void aTitleOfPunctuationAloneIsDropped() {
    assertThat(TrendRanking.rank(List.of(item("?!", 100, NOW)), NOW)).isEmpty();
  }

  @Test
  void aSourceItemNeedsATitleASourceAndAPopularityOfZeroOrMore() {
    assertThatThrownBy(() -> item(" ", 1, NOW)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrendItem("title", null, "", NOW, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> item("title", -1, NOW)).hasMessageContaining("negative popularity");
  }

  static TrendItem item(String title, long popularity, Instant publishedAt) {
    return new TrendItem(title, "https://example.org/" + title.length(), "test feed", publishedAt, popularity);
  }
}
