package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns what the sources reported into candidates: one per story, scored, best first. */
public final class TrendRanking {
  /** Equal scores fall back to the title, so the order never depends on the sources' order. */
  static final Comparator<ScoredTrend> BEST_FIRST =
      Comparator.comparingDouble((ScoredTrend trend) -> trend.score().total()).reversed()
          .thenComparing(ScoredTrend::normalizedTitle);

  private TrendRanking() {}

  /** The best {@code limit} stories among the items; a story reported twice counts once, with both sources. */
  public static List<ScoredTrend> rank(List<TrendItem> items, List<String> nicheKeywords, Instant now, int limit) {
    List<List<TrendItem>> stories = new ArrayList<>();
    for (TrendItem item : items) {
      if (Titles.normalize(item.title()).isEmpty()) {
        continue; // a title of punctuation alone names no trend
      }
      stories.stream().filter(story -> story.stream().anyMatch(report -> SameStory.of(report, item)))
          .findFirst()
          .ifPresentOrElse(story -> story.add(item), () -> stories.add(new ArrayList<>(List.of(item))));
    }
    return stories.stream().map(story -> scored(story, nicheKeywords, now)).sorted(BEST_FIRST).limit(limit).toList();
  }

  /** A story is as fresh as its freshest report, as fast as its fastest and fits as well as its best fit. */
  private static ScoredTrend scored(List<TrendItem> reports, List<String> nicheKeywords, Instant now) {
    TrendItem best = null;
    Score bestScore = null;
    double recency = 0;
    double velocity = 0;
    double nicheFit = 0;
    for (TrendItem report : reports) {
      Score score = TrendScoring.score(report, nicheKeywords, now);
      if (bestScore == null || score.total() > bestScore.total()) {
        best = report;
        bestScore = score;
      }
      recency = Math.max(recency, score.recency());
      velocity = Math.max(velocity, score.velocity());
      nicheFit = Math.max(nicheFit, score.nicheFit());
    }
    Set<String> sources = new LinkedHashSet<>();
    sources.add(best.source());
    reports.forEach(report -> sources.add(report.source()));
    return new ScoredTrend(withSummary(best, reports), List.copyOf(sources), Titles.normalize(best.title()),
        TrendScoring.combine(recency, velocity, nicheFit));
  }

  /** The best report often has no summary (a link on Hacker News) when another report (the feed) has one. */
  private static TrendItem withSummary(TrendItem best, List<TrendItem> reports) {
    if (best.summary() != null) {
      return best;
    }
    return reports.stream().filter(report -> report.summary() != null).findFirst()
        .map(described -> new TrendItem(best.title(), best.url(), best.source(), best.kind(), best.publishedAt(),
            best.engagement(), described.summary()))
        .orElse(best);
  }
}
