package io.ytautopilot.editorial.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a package from the trend alone, with no network and no API key: a fixed explainer arc
 * (the question, the background, the key idea, why it matters) in wording chosen by a hash of the
 * title, so the same trend always gets the same package. It knows no facts; a reviewer or a
 * later LLM writer supplies those.
 */
public final class OfflineScriptWriter implements ScriptWriter {
  private static final String TITLE_SUFFIX = " | Explained";
  private static final int ON_SCREEN_LENGTH = 40;
  private static final int KEYWORD_TAGS = 5;

  private static final List<String> HOOKS = List.of(
      "%s: it sounds simple, but the real answer is stranger.",
      "You have seen the headline: %s. Here is what it actually means.",
      "%s, explained in under a minute.");
  private static final List<String> LOOKS = List.of(
      "clean flat illustration, soft colours, vertical 9:16",
      "documentary photo style, natural light, vertical 9:16",
      "bold motion graphics, dark background, vertical 9:16");
  private static final List<String> CALLS_TO_ACTION = List.of(
      "Follow for a new science explainer every week.",
      "Subscribe if you want the next one explained just as fast.",
      "Tell us in the comments what we should explain next.");
  private static final List<String> GENERIC_TAGS =
      List.of("science", "explainer", "science explained", "learn something new", "shorts");
  // words of four letters or more that say nothing about the subject (shorter words never become tags)
  private static final Set<String> FILLER = Set.of("about", "after", "does", "explained", "from", "have", "into",
      "just", "know", "more", "really", "than", "that", "their", "them", "then", "there", "they", "this", "what",
      "when", "where", "which", "while", "with", "your");

  @Override
  public VideoPackage write(TrendCandidate trend) {
    String topic = trend.title().strip();
    String subject = topic.replaceAll("[.!?:;,\\s]+$", ""); // it goes inside sentences
    int seed = topic.hashCode(); // String.hashCode is fixed by the JLS: the same on every JVM and run
    String look = LOOKS.get(Math.floorMod(seed, LOOKS.size()));
    String headline = shorten(subject, ON_SCREEN_LENGTH);

    List<VideoPackage.Scene> scenes = List.of(
        new VideoPackage.Scene(1, "Today: " + subject + ". Here is the short version.",
            "Title card reading \"" + headline + "\", " + look, headline, 5),
        new VideoPackage.Scene(2, "First, the background: where this comes from and why scientists care.",
            "Simple diagram setting the scene for \"" + subject + "\", " + look, "The background", 7),
        new VideoPackage.Scene(3, "Now the key idea, without the jargon. This is the part that makes it click.",
            "Step-by-step animation of the key idea behind \"" + subject + "\", " + look, "The key idea", 8),
        new VideoPackage.Scene(4, "And that is why it matters beyond the headline.",
            "Everyday scene linking \"" + subject + "\" to the viewer's life, " + look, "Why it matters", 6));

    return new VideoPackage(
        topic,
        title(topic),
        "A one-minute science explainer: " + subject + ". We go from the background to the key idea and why it"
            + " matters. Trending now on " + trend.source() + ".",
        tags(subject),
        String.format(Locale.ROOT, HOOKS.get(Math.floorMod(seed >>> 8, HOOKS.size())), subject),
        CALLS_TO_ACTION.get(Math.floorMod(seed >>> 16, CALLS_TO_ACTION.size())),
        scenes);
  }

  private static String title(String topic) {
    String withSuffix = topic + TITLE_SUFFIX;
    return withSuffix.length() <= VideoPackage.MAX_TITLE_LENGTH
        ? withSuffix
        : shorten(topic, VideoPackage.MAX_TITLE_LENGTH);
  }

  /** At most five words of the subject, then the five generic tags: ten at most, as a package allows. */
  private static List<String> tags(String subject) {
    Set<String> tags = new LinkedHashSet<>();
    for (String word : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 4 && !FILLER.contains(word) && tags.size() < KEYWORD_TAGS) {
        tags.add(word);
      }
    }
    tags.addAll(GENERIC_TAGS);
    return List.copyOf(tags);
  }

  /** Cuts at a word boundary and marks the cut, staying within max characters. */
  private static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int lastSpace = text.lastIndexOf(' ', max - 1);
    return text.substring(0, lastSpace > 0 ? lastSpace : max - 1).strip() + "\u2026";
  }
}
