package io.ytautopilot.trend.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Scores a trend from 0 to 100: 60% popularity, 40% freshness. Popularity counts on a log scale,
 * so one viral item does not flatten all others; freshness halves every day. Depends only on the
 * item and the given instant, so a score can always be recomputed.
 */
public final class TrendScoring {
  static final double POPULARITY_WEIGHT = 0.6;
  /** Engagement at which the popularity part is full; beyond it, more counts the same. */
  static final long POPULARITY_CEILING = 1_000_000;
  static final Duration FRESHNESS_HALF_LIFE = Duration.ofHours(24);

  private TrendScoring() {}

  public static double score(TrendItem item, Instant now) {
    double popularity = Math.min(1.0, Math.log1p(item.popularity()) / Math.log1p(POPULARITY_CEILING));
    // an item dated slightly ahead of our clock is as fresh as it gets, not fresher
    Duration age = Duration.between(item.publishedAt(), now);
    double halfLives = Math.max(0, age.toSeconds()) / (double) FRESHNESS_HALF_LIFE.toSeconds();
    double freshness = Math.pow(0.5, halfLives);
    double score = 100 * (POPULARITY_WEIGHT * popularity + (1 - POPULARITY_WEIGHT) * freshness);
    return Math.round(score * 100) / 100.0; // two decimals rank well enough and print cleanly
  }
}
