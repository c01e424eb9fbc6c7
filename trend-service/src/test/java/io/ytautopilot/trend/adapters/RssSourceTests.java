package io.ytautopilot.trend.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ytautopilot.trend.domain.SourceFailure;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Feeds over HTTP (the shared source checks), from files, and the demo's shipped feed. */
class RssSourceTests extends HttpSourceTests {
  private static final Path TEST_FEEDS = Path.of("src/test/resources/feeds").toAbsolutePath();

  @Override
  TrendSource source(String baseUrl) {
    return new RssSource(http(), Optional.empty());
  }

  @Override
  SourceSpec spec() {
    return rss(server.baseUrl() + path());
  }

  @Override
  String path() {
    return "/feed/";
  }

  @Override
  String fixture() {
    return "feeds/space-news.rss";
  }

  @Override
  String contentType() {
    return "application/rss+xml; charset=UTF-8";
  }

  @Override
  String errorBody(int status) {
    return "<html><body>error " + status + "</body></html>";
  }

  @Override
  void assertRecordedItems(List<TrendItem> items) {
    assertThat(items).extracting(TrendItem::title, TrendItem::publishedAt, TrendItem::engagement).containsExactly(
        tuple("Webb Telescope Spots the Most Distant Black Hole Merger Yet", Instant.parse("2026-11-25T05:00:00Z"), 0L),
        tuple("How Lightning Forms Inside a Thundercloud", Instant.parse("2026-11-24T17:00:00Z"), 0L),
        tuple("What Causes the Northern Lights?", Instant.parse("2026-11-23T02:00:00Z"), 0L));
    assertThat(items.get(0).summary()).as("HTML is reduced to text")
        .isEqualTo("Two galaxies and their black holes merging just 740 million years after the Big Bang.");
  }

  @Test
  void readsAtomFromARelativeFileUrlResolvedAgainstTheFeedsFolder() {
    var source = new RssSource(http(), Optional.of(TEST_FEEDS));
    List<TrendItem> items = source.fetch(rss("file:science-atom.xml"));
    assertThat(items).extracting(TrendItem::title, TrendItem::url, TrendItem::publishedAt).containsExactly(
        tuple("Why Octopuses Have Three Hearts", "https://explained.example.org/octopus-hearts",
            Instant.parse("2026-11-25T07:30:00Z")),
        tuple("How Noise-Cancelling Headphones Erase Sound", "https://explained.example.org/noise-cancelling",
            Instant.parse("2026-11-22T19:30:00Z")));
    assertThat(items.get(1).summary()).isEqualTo("Destructive interference, done 48,000 times a second.");
    assertThat(source.fetch(rss("file://" + TEST_FEEDS.resolve("science-atom.xml")))).hasSize(2);
    assertThat(source.fetch(rss("science-atom.xml"))).hasSize(2);
  }

  @Test
  void theLimitOptionCutsTheFeed() {
    var source = new RssSource(http(), Optional.of(TEST_FEEDS));
    var limited = new SourceSpec("news", SourceKind.RSS, "file:space-news.rss", Map.of("limit", "1"));
    assertThat(source.fetch(limited)).hasSize(1);
  }

  @Test
  void aMissingFeedFileFailsTheSourceNamingThePath() {
    var source = new RssSource(http(), Optional.of(TEST_FEEDS));
    assertThatThrownBy(() -> source.fetch(rss("file:no-such-feed.xml"))).isInstanceOf(SourceFailure.class)
        .hasMessageContaining(TEST_FEEDS.resolve("no-such-feed.xml").toString());
  }

  @Test
  void theDemoWorkspacesShippedFeedWorksOffline() {
    var source = new RssSource(http(), Optional.of(Path.of("../local-stack/feeds")));
    List<TrendItem> items = source.fetch(rss("file:science-explainers.xml"));
    assertThat(items).hasSizeGreaterThanOrEqualTo(10);
    assertThat(items).allSatisfy(item -> {
      assertThat(item.url()).startsWith("https://");
      assertThat(item.summary()).isNotBlank();
    });
  }

  private static SourceSpec rss(String target) {
    return new SourceSpec("feed", SourceKind.RSS, target, Map.of());
  }
}
