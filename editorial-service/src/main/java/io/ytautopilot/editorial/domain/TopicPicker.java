package io.ytautopilot.editorial.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses what a workspace's next video is about: the best-scored trend whose topic it has not
 * drafted a video about yet. Topics compare by key, which ignores case, accents, punctuation and
 * articles, so "The James Webb Telescope!" and "James Webb telescope" are one topic.
 */
public final class TopicPicker {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private TopicPicker() {}

  public static String keyOf(String topic) {
    String plain = Normalizer.normalize(topic, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty() && !ARTICLES.contains(word))
        .collect(Collectors.joining(" "));
  }

  /** Equal scores go to the trend listed first. Empty when every candidate's topic is used. */
  public static Optional<TrendCandidate> pick(List<TrendCandidate> candidates, Set<String> usedTopicKeys) {
    return candidates.stream()
        .filter(candidate -> !usedTopicKeys.contains(keyOf(candidate.title())))
        .max(Comparator.comparingDouble(TrendCandidate::score));
  }
}
