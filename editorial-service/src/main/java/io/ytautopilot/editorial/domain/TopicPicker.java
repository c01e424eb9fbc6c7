package io.ytautopilot.editorial.domain;

import io.ytautopilot.compliance.Phrases;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deterministic scorer behind Phase B, and its offline fallback: of the curated candidates,
 * those whose topic the workspace has not used within its repeat window, best first, each scored
 * lower the more it resembles a topic a reviewer rejected. Topics compare by key, which ignores
 * case, accents, punctuation and articles, so "The James Webb Telescope!" and "James Webb
 * telescope" are one topic.
 */
public final class TopicPicker {
  /** Score points (of 100) taken from a candidate with the same words as a rejected topic. */
  static final double REJECTION_PENALTY = 40;
  /** Smaller than the penalty: a rejection is a reviewer's word, views are a noisier signal. */
  static final double WATCHED_BONUS = 20;
  /** Words that say nothing about a subject, so two titles sharing them are not alike. */
  private static final Set<String> FILLER = Set.of("and", "are", "do", "does", "for", "how", "in", "into", "is",
      "it", "of", "on", "or", "to", "what", "when", "where", "which", "who", "why", "with", "you", "your");

  private TopicPicker() {}

  /** Shared subject words over all subject words of both (Jaccard), 0..1. */
  public static double likeness(String one, String other) {
    Set<String> a = subjectWords(one);
    Set<String> b = subjectWords(other);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return (double) shared.size() / (a.size() + b.size() - shared.size());
  }

  /**
   * The score Phase B ranks by: the trend's own, less the penalty for resembling a rejected topic,
   * plus the bonus for resembling a well-watched one.
   */
  public static double rankScore(TrendCandidate candidate, WorkspaceMemory memory) {
    return candidate.score() - REJECTION_PENALTY * memory.likenessToRejected(candidate.title())
        + WATCHED_BONUS * memory.likenessToWatched(candidate.title());
  }

  /**
   * The candidates Phase B may choose from, best first; equal scores keep the order given. Empty
   * when every candidate's topic was used within the window.
   */
  public static List<TrendCandidate> eligible(List<TrendCandidate> candidates, WorkspaceMemory memory,
      Instant now, int repeatWindowDays) {
    return candidates.stream()
        .filter(candidate -> !memory.usedWithin(candidate.title(), now, repeatWindowDays))
        .sorted(Comparator.comparingDouble((TrendCandidate candidate) -> rankScore(candidate, memory)).reversed())
        .toList();
  }

  /** Why the offline scorer took the first eligible candidate, for the Gate 1 reviewer. */
  public static String reasonFor(List<TrendCandidate> eligible, WorkspaceMemory memory, int repeatWindowDays) {
    TrendCandidate best = eligible.get(0);
    String reason = String.format(Locale.ROOT, "Best score (%.1f) of %d candidates not covered in the last %d days",
        rankScore(best, memory), eligible.size(), repeatWindowDays);
    return best.sources().size() > 1 ? reason + "; reported by " + best.sources().size() + " sources." : reason + ".";
  }

  private static Set<String> subjectWords(String topic) {
    return Arrays.stream(Phrases.keyOf(topic).split(" "))
        .filter(word -> !word.isEmpty() && !FILLER.contains(word))
        .map(Phrases::stem)
        .collect(Collectors.toSet());
  }
}
