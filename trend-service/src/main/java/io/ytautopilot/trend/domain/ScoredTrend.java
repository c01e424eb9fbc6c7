package io.ytautopilot.trend.domain;

/** A reported trend with its score and the normalised title that identifies it within a workspace. */
public record ScoredTrend(TrendItem item, String normalizedTitle, double score) {}
