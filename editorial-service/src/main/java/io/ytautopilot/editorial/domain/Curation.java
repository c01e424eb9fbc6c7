package io.ytautopilot.editorial.domain;

import io.ytautopilot.compliance.Phrases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Phase A: from everything trend-service fetched, the few candidates worth a model's attention.
 * It drops trends on a banned topic and trends off the niche, keeps one trend of each group of
 * near-duplicates (the same story from several feeds), and keeps the best topN by score.
 */
public final class Curation {
  /** Titles sharing at least this share of their subject words tell the same story. */
  static final double NEAR_DUPLICATE = 0.5;

  private final int topN;
  private final double minNicheFit;

  /**
   * @param topN how many candidates Phase B sees at most
   * @param minNicheFit the niche fit (0..1) from which a trend counts as on the niche without naming
   *     one of its keywords
   */
  public Curation(int topN, double minNicheFit) {
    if (topN < 1) {
      throw new IllegalArgumentException("Phase A keeps at least one candidate, not " + topN);
    }
    this.topN = topN;
    this.minNicheFit = minNicheFit;
  }

  /** Best first; equal scores keep the order trend-service gave. */
  public List<TrendCandidate> curate(WorkspaceProfile workspace, List<TrendCandidate> trends) {
    List<TrendCandidate> bestFirst = trends.stream()
        .filter(trend -> !onBannedTopic(workspace, trend))
        .filter(trend -> onNiche(workspace, trend))
        .sorted(Comparator.comparingDouble(TrendCandidate::score).reversed())
        .toList();
    List<TrendCandidate> kept = new ArrayList<>();
    for (TrendCandidate trend : bestFirst) {
      // a near-duplicate of a better-scored trend is the same story: the better one stands for it
      if (kept.size() < topN && kept.stream()
          .noneMatch(better -> TopicPicker.likeness(better.title(), trend.title()) >= NEAR_DUPLICATE)) {
        kept.add(trend);
      }
    }
    return List.copyOf(kept);
  }

  private static boolean onBannedTopic(WorkspaceProfile workspace, TrendCandidate trend) {
    return workspace.brand().bannedTopics().stream().anyMatch(banned -> Phrases.mentions(trend.text(), banned));
  }

  /** A workspace without keywords takes every trend: its feeds are its niche. */
  private boolean onNiche(WorkspaceProfile workspace, TrendCandidate trend) {
    if (workspace.nicheKeywords().isEmpty() || trend.nicheFit() >= minNicheFit) {
      return true;
    }
    return workspace.nicheKeywords().stream().anyMatch(keyword -> Phrases.mentions(trend.text(), keyword));
  }
}
