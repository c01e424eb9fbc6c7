package io.ytautopilot.compliance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How texts compare by their words: case, accents, punctuation, articles and plurals aside. */
public final class Phrases {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private Phrases() {}

  /** The words of the text, lower case and without accents, punctuation or articles: "The Sky!" is "sky". */
  public static String keyOf(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty() && !ARTICLES.contains(word))
        .collect(Collectors.joining(" "));
  }

  /** Whether the text speaks of the phrase, in singular or plural: "diet pill" mentions "diet pills". */
  public static boolean mentions(String text, String phrase) {
    String stems = " " + stems(text) + " ";
    String wanted = stems(phrase);
    return !wanted.isEmpty() && stems.contains(" " + wanted + " ");
  }

  /** Plural and singular are one word: "octopuses" and "octopus", "hearts" and "heart". */
  public static String stem(String word) {
    if (word.matches(".{2,}(s|x|ch|sh)es")) {
      return word.substring(0, word.length() - 2);
    }
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        ? word.substring(0, word.length() - 1)
        : word;
  }

  private static String stems(String text) {
    return Arrays.stream(keyOf(text).split(" ")).map(Phrases::stem).collect(Collectors.joining(" "));
  }
}
