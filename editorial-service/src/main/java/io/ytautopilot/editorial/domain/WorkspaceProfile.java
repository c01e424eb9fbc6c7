package io.ytautopilot.editorial.domain;

import java.util.List;
import java.util.Map;

/**
 * What editorial knows of a workspace (one channel), as trend-service last configured it: what the
 * channel is about, how it sounds and looks, and what it never talks about.
 *
 * @param promptExperiments for each phase under an A/B test, the prompt variants to alternate
 */
public record WorkspaceProfile(
    String workspaceId,
    int version,
    String name,
    String niche,
    List<String> nicheKeywords,
    String language,
    String audience,
    Brand brand,
    String targetFormat,
    int targetLengthSeconds,
    int topicRepeatWindowDays,
    Map<Phase, List<String>> promptExperiments) {

  public record Brand(String tone, String voice, String visualStyle, List<String> bannedTopics,
      List<String> bannedWords) {
    public Brand {
      bannedTopics = List.copyOf(bannedTopics);
      bannedWords = List.copyOf(bannedWords);
    }
  }

  public WorkspaceProfile {
    nicheKeywords = List.copyOf(nicheKeywords);
    promptExperiments = Map.copyOf(promptExperiments);
  }

  /** Versions only grow: an older or repeated definition (a replay, a late record) changes nothing. */
  public boolean supersedes(WorkspaceProfile stored) {
    return stored == null || version > stored.version();
  }
}
