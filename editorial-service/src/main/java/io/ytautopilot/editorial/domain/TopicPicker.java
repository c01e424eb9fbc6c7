package io.ytautopilot.editorial.domain;

import java.text.Normalizer;
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
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** Words that say nothing about a subject, so two titles sharing them are not alike. */
  private static final Set<String> FILLER = Set.of("and", "are", "do", "does", "for", "how", "in", "into", "is",
      "it", "of", "on", "or", "to", "what", "when", "where", "which", "who", "why", "with", "you", "your");

  private TopicPicker() {}

  public static String keyOf(String topic) {
    String plain = Normalizer.normalize(topic, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty() && !ARTICLES.contains(word))
        .collect(Collectors.joining(" "));
  }

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

  /** Whether the text speaks of the phrase, in singular or plural: "diet pill" mentions "diet pills". */
  public static boolean mentions(String text, String phrase) {
    String stems = " " + stems(text) + " ";
    String wanted = stems(phrase);
    return !wanted.isEmpty() && stems.contains(" " + wanted + " ");
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

  private static String stems(String text) {
    return Arrays.stream(keyOf(text).split(" ")).map(TopicPicker::stem).collect(Collectors.joining(" "));
  }

  private static Set<String> subjectWords(String topic) {
    return Arrays.stream(keyOf(topic).split(" "))
        .filter(word -> !word.isEmpty() && !FILLER.contains(word))
        .map(TopicPicker::stem)
        .collect(Collectors.toSet());
  }

  /** Plural and singular are one word: "octopuses" and "octopus", "hearts" and "heart". */
  private static String stem(String word) {
    if (word.matches(".{2,}(s|x|ch|sh)es")) {
      return word.substring(0, word.length() - 2);
    }
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
