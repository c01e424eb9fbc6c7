package io.ytautopilot.trend.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.trend.domain.Titles;
import io.ytautopilot.trend.domain.TrendItem;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleFeedTrendSourceTests {
  private final SampleFeedTrendSource source = new SampleFeedTrendSource(new ObjectMapper().findAndRegisterModules());

  @Test
  void theShippedFeedHoldsADozenScienceTrendsWithOneNearDuplicate() {
    List<TrendItem> items = source.fetch();
    assertThat(items).hasSize(12);
    assertThat(items).allSatisfy(item -> assertThat(item.url()).startsWith("https://"));
    assertThat(items.stream().map(item -> Titles.normalize(item.title())).distinct()).hasSize(11);
  }

  @Test
  void theFeedIsReplayedAsIfItsNewestItemWasPublishedNow() {
    Instant before = Instant.now();
    List<TrendItem> items = source.fetch();
    Instant newest = items.stream().map(TrendItem::publishedAt).max(Comparator.naturalOrder()).orElseThrow();
    assertThat(newest).isBetween(before, Instant.now());
    // the ages between items stay as captured: the first two were published 8.5 hours apart
    assertThat(Duration.between(items.get(1).publishedAt(), items.get(0).publishedAt())).isEqualTo(Duration.ofMinutes(510));
  }
}
