package io.ytautopilot.trend.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Scores a trend from 0 to 100: 40% recency, 30% velocity, 30% niche fit. Velocity counts on a log
 * scale, so one viral item does not flatten all others. Depends only on its arguments, so a score
 * can always be recomputed.
 */
public final class TrendScoring {
  static final double RECENCY_WEIGHT = 0.4;
  static final double VELOCITY_WEIGHT = 0.3;
  static final double NICHE_FIT_WEIGHT = 0.3;
  static final Duration RECENCY_HALF_LIFE = Duration.ofHours(24);
  /** Mentioning this many of the niche keywords is a full fit. */
  static final int KEYWORDS_FOR_FULL_FIT = 2;

  private TrendScoring() {}

  public static Score score(TrendItem item, List<String> nicheKeywords, Instant now) {
    // an item dated slightly ahead of our clock is as fresh as it gets, not fresher
    double ageHours = Math.max(0, Duration.between(item.publishedAt(), now).toSeconds()) / 3600.0;
    double recency = Math.pow(0.5, ageHours / (RECENCY_HALF_LIFE.toSeconds() / 3600.0));
    return combine(recency, velocity(item, ageHours), nicheFit(item, nicheKeywords));
  }

  /** The total of given parts: a story reported by several sources combines the best part of each. */
  public static Score combine(double recency, double velocity, double nicheFit) {
    double total = 100 * (RECENCY_WEIGHT * recency + VELOCITY_WEIGHT * velocity + NICHE_FIT_WEIGHT * nicheFit);
    return new Score(round(recency), round(velocity), round(nicheFit), Math.round(total * 100) / 100.0);
  }

  private static double velocity(TrendItem item, double ageHours) {
    double full = item.kind().fullVelocityPerHour();
    if (full == 0) {
      return 0;
    }
    // the first hour counts as a whole one, so a minute-old item with 3 points is not "180 per hour"
    double perHour = item.engagement() / Math.max(1.0, ageHours);
    return Math.min(1.0, Math.log1p(perHour) / Math.log1p(full));
  }

  /** Without keywords every story fits equally, so fit cannot change the order. */
  private static double nicheFit(TrendItem item, List<String> nicheKeywords) {
    if (nicheKeywords.isEmpty()) {
      return 1.0;
    }
    String text = " " + Titles.normalize(item.title() + " " + (item.summary() == null ? "" : item.summary())) + " ";
    long mentioned = nicheKeywords.stream()
        .map(keyword -> Titles.normalize(keyword.toLowerCase(Locale.ROOT)))
        .filter(keyword -> !keyword.isEmpty() && text.contains(" " + keyword)) // word start: "black hole" fits "black holes"
        .count();
    return Math.min(1.0, mentioned / (double) Math.min(KEYWORDS_FOR_FULL_FIT, nicheKeywords.size()));
  }

  private static double round(double part) {
    return Math.round(part * 10_000) / 10_000.0;
  }
}
