package io.ytautopilot.trend.domain;

import static io.ytautopilot.trend.domain.TrendItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendScoringTests {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final List<String> NO_KEYWORDS = List.of();

  @Test
  void scoresStayBetweenZeroAndOneHundredWithTheirParts() {
    Score nothing = TrendScoring.score(item("t", SourceKind.RSS, 0, NOW.minus(Duration.ofDays(365))),
        List.of("unrelated"), NOW);
    assertThat(nothing).isEqualTo(new Score(0, 0, 0, 0));
    Score everything = TrendScoring.score(item("Black holes", SourceKind.YOUTUBE, Long.MAX_VALUE, NOW),
        List.of("black hole"), NOW);
    assertThat(everything).isEqualTo(new Score(1, 1, 1, 100));
  }

  @Test
  void recencyHalvesEveryDay() {
    Score dayOld = TrendScoring.score(item("t", SourceKind.RSS, 0, NOW.minus(Duration.ofDays(1))), NO_KEYWORDS, NOW);
    assertThat(dayOld.recency()).isEqualTo(0.5);
    assertThat(dayOld.total()).isEqualTo(100 * (0.4 * 0.5 + 0.3 * 1.0));
  }

  @Test
  void velocityIsEngagementPerHourAgainstWhatIsFastForTheKind() {
    Instant twoHoursAgo = NOW.minus(Duration.ofHours(2));
    // 200 points in 2 hours is 100 per hour: a full-speed Hacker News story
    assertThat(TrendScoring.score(item("t", SourceKind.HACKER_NEWS, 200, twoHoursAgo), NO_KEYWORDS, NOW).velocity())
        .isEqualTo(1.0);
    // the same count is slow for YouTube views
    assertThat(TrendScoring.score(item("t", SourceKind.YOUTUBE, 200, twoHoursAgo), NO_KEYWORDS, NOW).velocity())
        .isBetween(0.35, 0.45);
    // the same count spread over two days is slower
    assertThat(TrendScoring.score(item("t", SourceKind.HACKER_NEWS, 200, NOW.minus(Duration.ofDays(2))), NO_KEYWORDS,
        NOW).velocity()).isBetween(0.3, 0.5);
    // feeds report no engagement
    assertThat(TrendScoring.score(item("t", SourceKind.RSS, 0, NOW), NO_KEYWORDS, NOW).velocity()).isZero();
  }

  @Test
  void nicheFitCountsKeywordsAtWordStartsInTitleAndSummary() {
    List<String> keywords = List.of("black hole", "telescope", "octopus");
    var two = new TrendItem("Webb telescope finds two black holes", null, "feed", SourceKind.RSS, NOW, 0, null);
    var one = new TrendItem("Octopuses have three hearts", null, "feed", SourceKind.RSS, NOW, 0, null);
    var inSummary = new TrendItem("Three hearts", null, "feed", SourceKind.RSS, NOW, 0, "all about the octopus");
    var none = new TrendItem("Stock markets fall", null, "feed", SourceKind.RSS, NOW, 0, null);
    var partOfAWord = new TrendItem("Phototelescopes", null, "feed", SourceKind.RSS, NOW, 0, null);
    assertThat(TrendScoring.score(two, keywords, NOW).nicheFit()).isEqualTo(1.0);
    assertThat(TrendScoring.score(one, keywords, NOW).nicheFit()).isEqualTo(0.5);
    assertThat(TrendScoring.score(inSummary, keywords, NOW).nicheFit()).isEqualTo(0.5);
    assertThat(TrendScoring.score(none, keywords, NOW).nicheFit()).isZero();
    assertThat(TrendScoring.score(partOfAWord, keywords, NOW).nicheFit()).isZero();
    assertThat(TrendScoring.score(none, NO_KEYWORDS, NOW).nicheFit()).as("no keywords: everything fits")
        .isEqualTo(1.0);
  }

  @Test
  void theSameItemAndInstantAlwaysGiveTheSameScore() {
    var item = item("Octopus hearts", SourceKind.REDDIT, 48_200, Instant.parse("2026-11-24T18:00:00Z"));
    assertThat(TrendScoring.score(item, List.of("octopus"), NOW))
        .isEqualTo(TrendScoring.score(item, List.of("octopus"), NOW))
        .isEqualTo(new Score(0.6300, 1.0, 1.0, 85.2));
  }

  @Test
  void anItemDatedAheadOfTheClockIsOnlyAsFreshAsNow() {
    assertThat(TrendScoring.score(item("t", SourceKind.REDDIT, 100, NOW.plus(Duration.ofHours(2))), NO_KEYWORDS, NOW))
        .isEqualTo(TrendScoring.score(item("t", SourceKind.REDDIT, 100, NOW), NO_KEYWORDS, NOW));
  }
}
