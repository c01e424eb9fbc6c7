package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A trend as one source reports it, before de-duplication and scoring.
 *
 * @param source the name of the workspace's source that reported it
 * @param engagement the source's own count (points and comments, upvotes, views); 0 when it has none
 * @param summary a line or two about the story, or null
 */
public record TrendItem(String title, String url, String source, SourceKind kind, Instant publishedAt,
    long engagement, String summary) {
  public TrendItem {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a trend needs a title");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("trend '" + title + "' does not name its source");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (engagement < 0) {
      throw new IllegalArgumentException("trend '" + title + "' has a negative engagement: " + engagement);
    }
    title = title.strip();
  }
}
