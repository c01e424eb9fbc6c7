package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored trend of one workspace. Its id stays the same every time the trend is seen again. */
public record Trend(
    UUID id,
    String workspaceId,
    String title,
    List<String> sources,
    String url,
    String summary,
    Score score,
    Instant publishedAt,
    Instant firstSeenAt) {

  /** The source that stands for the story: the first that reported it. */
  public String source() {
    return sources.get(0);
  }
}
