package io.ytautopilot.trend.domain;

import static io.ytautopilot.trend.domain.TrendItems.item;
import static io.ytautopilot.trend.domain.TrendItems.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendRankingTests {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final List<String> KEYWORDS = List.of("space", "black hole", "telescope");

  @Test
  void titlesDifferingOnlyInCasePunctuationOrSpacingAreTheSameTrend() {
    assertThat(Titles.normalize("  Why Octopuses   Have THREE Hearts?! ")).isEqualTo("why octopuses have three hearts");
    assertThat(Titles.normalize("How Noise-Cancelling Headphones \u201cErase\u201d Sound\u00a0\u2026"))
        .isEqualTo("how noisecancelling headphones erase sound");
    assertThat(Titles.normalize("Caf\u00e9 Science: 3 Ideas")).isEqualTo("caf\u00e9 science 3 ideas");
  }

  @Test
  void theSameStoryFromTwoSourcesCountsOnceWithBothSources() {
    var feed = new TrendItem("Webb Telescope Spots the Most Distant Black Hole Merger Yet",
        "https://www.nasa.gov/missions/webb/merger/", "space-feed", SourceKind.RSS, NOW.minus(Duration.ofHours(5)), 0,
        "Two galaxies merging 740 million years after the Big Bang.");
    var hackerNews = report("Webb spots the most distant black hole merger",
        "http://nasa.gov/missions/webb/merger?utm_source=hn", "hn-space", SourceKind.HACKER_NEWS, 600,
        NOW.minus(Duration.ofHours(4)));
    var reddit = report("webb telescope spots the most distant black hole merger yet!",
        "https://i.redd.it/some-picture.jpg", "reddit-space", SourceKind.REDDIT, 15_000, NOW.minus(Duration.ofHours(1)));
    var other = item("How Lightning Forms Inside a Thundercloud", SourceKind.RSS, 0, NOW);

    List<ScoredTrend> ranked = TrendRanking.rank(List.of(feed, hackerNews, reddit, other), KEYWORDS, NOW, 10);

    assertThat(ranked).hasSize(2);
    ScoredTrend merger = ranked.get(0);
    assertThat(merger.sources()).as("same link, and same title").containsExactlyInAnyOrder("space-feed", "hn-space",
        "reddit-space");
    assertThat(merger.sources().get(0)).as("the best report stands for the story").isEqualTo("reddit-space");
    assertThat(merger.score().recency()).as("as fresh as the freshest report")
        .isEqualTo(TrendScoring.score(reddit, KEYWORDS, NOW).recency());
    assertThat(merger.score().velocity()).isEqualTo(1.0);
    assertThat(merger.item().summary()).as("the feed's summary, as the best report has none")
        .isEqualTo(feed.summary());
    assertThat(ranked.get(1).sources()).containsExactly("rss");
  }

  @Test
  void storiesThatOnlyShareSomeWordsStayApart() {
    var evaporate = item("How Black Holes Evaporate", SourceKind.RSS, 0, NOW);
    var form = item("How Black Holes Form", SourceKind.RSS, 0, NOW);
    var short1 = item("Mars news", SourceKind.RSS, 0, NOW);
    var short2 = item("Mars news today", SourceKind.RSS, 0, NOW);
    assertThat(TrendRanking.rank(List.of(evaporate, form, short1, short2), KEYWORDS, NOW, 10)).hasSize(4);
  }

  @Test
  void candidatesAreOrderedByScoreAndCutToTheBestN() {
    var freshFastOnTopic = report("Telescope finds a black hole in space", "https://a.example/1", "hn",
        SourceKind.HACKER_NEWS, 400, NOW.minus(Duration.ofHours(2)));
    var freshSlowOnTopic = report("Telescope time for amateurs", "https://a.example/2", "feed", SourceKind.RSS, 0,
        NOW.minus(Duration.ofHours(1)));
    var fastOffTopic = report("Stock markets rally on rate cut", "https://a.example/3", "hn", SourceKind.HACKER_NEWS,
        400, NOW.minus(Duration.ofHours(2)));
    var staleOnTopic = report("Black holes in space explained", "https://a.example/4", "feed", SourceKind.RSS, 0,
        NOW.minus(Duration.ofDays(10)));

    List<ScoredTrend> ranked = TrendRanking.rank(List.of(staleOnTopic, fastOffTopic, freshSlowOnTopic,
        freshFastOnTopic), KEYWORDS, NOW, 10);

    assertThat(ranked).extracting(trend -> trend.item().title()).containsExactly(
        "Telescope finds a black hole in space", "Stock markets rally on rate cut", "Telescope time for amateurs",
        "Black holes in space explained");
    assertThat(ranked).extracting(trend -> trend.score().total()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(TrendRanking.rank(List.of(staleOnTopic, fastOffTopic, freshSlowOnTopic, freshFastOnTopic), KEYWORDS,
        NOW, 2)).extracting(trend -> trend.item().title())
        .containsExactly("Telescope finds a black hole in space", "Stock markets rally on rate cut");
  }

  @Test
  void equalScoresAreOrderedByTitleWhateverTheSourceOrder() {
    var b = item("B trend", SourceKind.RSS, 0, NOW);
    var a = item("A trend", SourceKind.RSS, 0, NOW);
    assertThat(TrendRanking.rank(List.of(b, a), List.of(), NOW, 10)).extracting(ScoredTrend::normalizedTitle)
        .containsExactly("a trend", "b trend");
  }

  @Test
  void aTitleOfPunctuationAloneIsDropped() {
    assertThat(TrendRanking.rank(List.of(item("?!", SourceKind.RSS, 0, NOW)), List.of(), NOW, 10)).isEmpty();
  }

  @Test
  void aReportNeedsATitleASourceAndAnEngagementOfZeroOrMore() {
    assertThatThrownBy(() -> item(" ", SourceKind.RSS, 1, NOW)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> report("title", null, "", SourceKind.RSS, 1, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> item("title", SourceKind.RSS, -1, NOW)).hasMessageContaining("negative engagement");
  }
}
