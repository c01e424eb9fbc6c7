package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.UUID;

/** A stored trend of one workspace. Its id stays the same every time the trend is seen again. */
public record Trend(
    UUID id,
    String workspaceId,
    String title,
    String source,
    String url,
    double score,
    Instant publishedAt,
    Instant firstSeenAt) {}
