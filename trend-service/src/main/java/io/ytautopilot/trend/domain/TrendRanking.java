package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what a source reported into candidates: scored, one per normalised title, best first. */
public final class TrendRanking {
  /** Equal scores fall back to the title, so the order never depends on the source's order. */
  static final Comparator<ScoredTrend> BEST_FIRST =
      Comparator.comparingDouble(ScoredTrend::score).reversed().thenComparing(ScoredTrend::normalizedTitle);

  private TrendRanking() {}

  public static List<ScoredTrend> rank(List<TrendItem> items, Instant now) {
    Map<String, ScoredTrend> bestPerTitle = new LinkedHashMap<>();
    for (TrendItem item : items) {
      String normalizedTitle = Titles.normalize(item.title());
      if (normalizedTitle.isEmpty()) {
        continue; // a title of punctuation alone names no trend
      }
      var scored = new ScoredTrend(item, normalizedTitle, TrendScoring.score(item, now));
      bestPerTitle.merge(normalizedTitle, scored, (kept, other) -> other.score() > kept.score() ? other : kept);
    }
    return bestPerTitle.values().stream().sorted(BEST_FIRST).toList();
  }
}
