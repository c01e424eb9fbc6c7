package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A trend as a source reports it, before scoring.
 *
 * @param popularity the source's own engagement count (page views, upvotes, searches)
 */
public record TrendItem(String title, String url, String source, Instant publishedAt, long popularity) {
  public TrendItem {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a trend needs a title");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("trend '" + title + "' does not name its source");
    }
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (popularity < 0) {
      throw new IllegalArgumentException("trend '" + title + "' has a negative popularity: " + popularity);
    }
  }
}
