package io.ytautopilot.editorial.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes a package from the trend alone, with no network and no API key: a fixed explainer arc
 * (the question, the background, the key idea, why it matters) in wording chosen by a hash of the
 * title, so the same trend always gets the same package. It knows no facts; a reviewer or a
 * later LLM writer supplies those. For the same reason it cannot act on a reviewer's notes: a
 * revision gets another hook, title and call to action, and its change note says so plainly.
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
  /** Title wordings of later revisions; the topic ends them, so its own punctuation ends the title. */
  private static final List<String> REVISED_TITLES = List.of(
      "In One Minute: %s",
      "The Short Version: %s",
      "Explained Simply: %s");
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
    String subject = subjectOf(topic);
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
        hook(HOOKS.get(Math.floorMod(seed >>> 8, HOOKS.size())), subject),
        CALLS_TO_ACTION.get(Math.floorMod(seed >>> 16, CALLS_TO_ACTION.size())),
        scenes);
  }

  /**
   * Rewords the hook, the title and the call to action, each to a variant other than the previous
   * one, and keeps the rest. The notes are quoted, not interpreted: the change note tells the
   * reviewer so, and the published text never contains them.
   */
  @Override
  public Rewrite revise(VideoPackage previous, int revision, String notes) {
    String topic = previous.topic();
    String subject = subjectOf(topic);
    int seed = topic.hashCode();
    var revised = new VideoPackage(
        topic,
        otherThan(previous.title(), REVISED_TITLES, seed + revision, form -> revisedTitle(form, topic)),
        previous.description(),
        previous.tags(),
        otherThan(previous.hook(), HOOKS, (seed >>> 8) + revision, form -> hook(form, subject)),
        otherThan(previous.callToAction(), CALLS_TO_ACTION, (seed >>> 16) + revision, callToAction -> callToAction),
        previous.scenes());
    return new Rewrite(revised, "Revision " + revision + " by the offline writer, which has no language model:"
        + " a new hook, title and call to action; description, tags and scenes are unchanged. It cannot act on"
        + " the notes \"" + notes.strip() + "\"; edit the script at approval if they ask for more.");
  }

  /** Without the closing punctuation: it goes inside sentences. */
  private static String subjectOf(String topic) {
    return topic.replaceAll("[.!?:;,\\s]+$", "");
  }

  private static String hook(String form, String subject) {
    return String.format(Locale.ROOT, form, subject);
  }

  /**
   * One of the variants that read differently from the previous text, chosen by the seed. The
   * forms render to distinct texts, so at most one is left out and a choice always remains.
   */
  private static String otherThan(String previous, List<String> forms, int seed, UnaryOperator<String> render) {
    List<String> others = forms.stream().map(render).filter(text -> !text.equals(previous)).toList();
    return others.get(Math.floorMod(seed, others.size()));
  }

  private static String title(String topic) {
    String withSuffix = topic + TITLE_SUFFIX;
    return withSuffix.length() <= VideoPackage.MAX_TITLE_LENGTH
        ? withSuffix
        : shorten(topic, VideoPackage.MAX_TITLE_LENGTH);
  }

  /** The topic in a revision's title wording, cut at a word when both do not fit. */
  private static String revisedTitle(String form, String topic) {
    int room = VideoPackage.MAX_TITLE_LENGTH - (form.length() - "%s".length());
    return String.format(Locale.ROOT, form, shorten(topic, room));
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
