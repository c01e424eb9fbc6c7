package io.ytautopilot.trend.domain;

import java.time.Instant;

/** Reports as the sources would make them. */
final class TrendItems {
  private TrendItems() {}

  static TrendItem item(String title, SourceKind kind, long engagement, Instant publishedAt) {
    return report(title, "https://example.org/" + Titles.normalize(title).replace(' ', '-'), kind.id(), kind,
        engagement, publishedAt);
  }

  static TrendItem report(String title, String url, String source, SourceKind kind, long engagement,
      Instant publishedAt) {
    return new TrendItem(title, url, source, kind, publishedAt, engagement, null);
  }
}
