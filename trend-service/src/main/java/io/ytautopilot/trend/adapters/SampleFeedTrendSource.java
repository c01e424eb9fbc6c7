package io.ytautopilot.trend.adapters;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The built-in offline source: a snapshot of a science-explainer feed shipped in the jar, so the
 * pipeline runs without network or API keys. The snapshot is replayed as if captured at the time
 * of the fetch (its newest item published just now), so freshness keeps counting in the score.
 */
@ApplicationScoped
public class SampleFeedTrendSource implements TrendSource {
  static final String FEED = "sample-feed.json";

  private final List<TrendItem> snapshot;
  private final Instant capturedAt;

  public SampleFeedTrendSource(ObjectMapper json) {
    this.snapshot = read(json);
    this.capturedAt = snapshot.stream().map(TrendItem::publishedAt).max(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalStateException(FEED + " is empty"));
  }

  @Override
  public List<TrendItem> fetch() {
    Duration sinceCapture = Duration.between(capturedAt, Instant.now());
    return snapshot.stream()
        .map(item -> new TrendItem(item.title(), item.url(), item.source(), item.publishedAt().plus(sinceCapture),
            item.popularity()))
        .toList();
  }

  private static List<TrendItem> read(ObjectMapper json) {
    try (var feed = SampleFeedTrendSource.class.getClassLoader().getResourceAsStream(FEED)) {
      if (feed == null) {
        throw new IllegalStateException(FEED + " is missing from the class path");
      }
      return json.readValue(feed, new TypeReference<List<TrendItem>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FEED, e);
    }
  }
}
