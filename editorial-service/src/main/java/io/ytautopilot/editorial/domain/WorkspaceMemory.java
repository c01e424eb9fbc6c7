package io.ytautopilot.editorial.domain;

import io.ytautopilot.compliance.Phrases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a workspace has made videos about: every topic drafted, its title and date, whether a Gate 1
 * reviewer rejected it, and how many views it got once published. Phase B never repeats a topic
 * within the workspace's repeat window, ranks candidates like a rejected topic lower and candidates
 * like the most watched ones higher (what worked).
 */
public record WorkspaceMemory(List<Entry> entries) {

  /**
   * @param rejectedAt null unless a reviewer rejected the video
   * @param rejectionReason the reviewer's reason; null unless rejected
   * @param views the latest view count publish-service measured; 0 until published
   */
  public record Entry(UUID videoId, String topic, String title, Instant usedAt, Instant rejectedAt,
      String rejectionReason, long views) {
    public boolean rejected() {
      return rejectedAt != null;
    }
  }

  public WorkspaceMemory {
    entries = List.copyOf(entries);
  }

  public static WorkspaceMemory empty() {
    return new WorkspaceMemory(List.of());
  }

  /** Whether a video on this topic, in any wording (a near-duplicate too), was drafted less than windowDays ago. */
  public boolean usedWithin(String topic, Instant now, int windowDays) {
    String key = Phrases.keyOf(topic);
    Instant since = now.minus(Duration.ofDays(windowDays));
    return entries.stream()
        .filter(entry -> entry.usedAt().isAfter(since))
        .anyMatch(entry -> Phrases.keyOf(entry.topic()).equals(key)
            || TopicPicker.likeness(entry.topic(), topic) >= Curation.NEAR_DUPLICATE);
  }

  /**
   * How close the topic comes to what worked: its likeness to each watched video, weighed by that
   * video's views against the workspace's most watched one; 0 (nothing like a watched video) to 1.
   */
  public double likenessToWatched(String topic) {
    long mostViews = entries.stream().mapToLong(Entry::views).max().orElse(0);
    if (mostViews == 0) {
      return 0;
    }
    return entries.stream().filter(entry -> entry.views() > 0)
        .mapToDouble(entry -> TopicPicker.likeness(entry.topic(), topic) * entry.views() / mostViews)
        .max().orElse(0);
  }

  /** How close the topic comes to any rejected one, 0 (unlike all) to 1 (the same words). */
  public double likenessToRejected(String topic) {
    return entries.stream().filter(Entry::rejected)
        .mapToDouble(entry -> TopicPicker.likeness(entry.topic(), topic))
        .max().orElse(0);
  }
}
