package io.ytautopilot.trend.domain;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells whether two reports are the same story: the same link (ignoring scheme, www and tracking
 * parameters), the same normalised title, or titles sharing most of their significant words.
 */
public final class SameStory {
  /** Share of significant words (Jaccard) from which two titles tell the same story. */
  static final double TITLE_SIMILARITY = 0.7;
  /** Shorter titles must match exactly: three words in common say too little. */
  static final int MIN_SIGNIFICANT_WORDS = 3;
  private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "that", "this", "are",
      "was", "were", "has", "have", "how", "why", "what", "who", "its", "into", "your", "you", "our", "about",
      "after", "over", "new", "not", "but", "can", "will", "just");

  private SameStory() {}

  public static boolean of(TrendItem a, TrendItem b) {
    String urlA = canonicalUrl(a.url());
    if (urlA != null && urlA.equals(canonicalUrl(b.url()))) {
      return true;
    }
    String titleA = Titles.normalize(a.title());
    String titleB = Titles.normalize(b.title());
    return titleA.equals(titleB) || similar(significantWords(titleA), significantWords(titleB));
  }

  /** The link without what differs between sharers of one page; null when there is none or it is no URL. */
  static String canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip());
      if (uri.getHost() == null) {
        return null;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
      String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
      String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
          .filter(parameter -> !parameter.startsWith("utm_") && !parameter.startsWith("ref="))
          .sorted().collect(Collectors.joining("&"));
      return host + path + (query.isEmpty() ? "" : "?" + query);
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }

  private static Set<String> significantWords(String normalizedTitle) {
    return Arrays.stream(normalizedTitle.split(" "))
        .filter(word -> word.length() >= 3 && !STOP_WORDS.contains(word))
        .collect(Collectors.toSet());
  }

  private static boolean similar(Set<String> a, Set<String> b) {
    if (a.size() < MIN_SIGNIFICANT_WORDS || b.size() < MIN_SIGNIFICANT_WORDS) {
      return false;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return common.size() / (double) all.size() >= TITLE_SIMILARITY;
  }
}
