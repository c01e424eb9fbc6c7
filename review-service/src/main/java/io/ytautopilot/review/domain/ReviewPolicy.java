package io.ytautopilot.review.domain;

import java.util.List;

/**
 * How a workspace wants its videos reviewed, as its owner configured it in trend-service.
 *
 * @param allowSelfReview whether one reviewer may approve both gates of a video
 * @param bannedWords the brand's banned words: a Gate 1 edit may not add one
 * @param bannedTopics the brand's banned topics: a Gate 1 edit may not add one
 */
public record ReviewPolicy(boolean allowSelfReview, List<String> bannedWords, List<String> bannedTopics) {
  /** Four eyes and no brand rules: what a workspace gets before review has heard of it. */
  public static final ReviewPolicy FOUR_EYES = new ReviewPolicy(false, List.of(), List.of());

  public ReviewPolicy {
    bannedWords = List.copyOf(bannedWords);
    bannedTopics = List.copyOf(bannedTopics);
  }

  /** Refuses a Gate 2 approval by the person who approved Gate 1 (and so wrote any edits of it). */
  void checkGate2(String workspaceId, Approval gate1, Approval gate2) {
    if (!allowSelfReview && gate1 != null && gate1.identity().equals(gate2.identity())) {
      throw new AccessDenied("four eyes: " + gate2.reviewer() + " approved Gate 1 of this video, so Gate 2 needs"
          + " another reviewer (workspace " + workspaceId + " does not allow self-review)");
    }
  }
}
