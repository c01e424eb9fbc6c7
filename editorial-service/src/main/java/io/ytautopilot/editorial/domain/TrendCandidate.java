package io.ytautopilot.editorial.domain;

import java.util.UUID;

/** A scored trend offered by trend-service: a possible topic for the next video. */
public record TrendCandidate(UUID trendId, String title, String source, String url, double score) {}
