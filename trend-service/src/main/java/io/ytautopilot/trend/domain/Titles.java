package io.ytautopilot.trend.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reduces a title to what makes two headlines the same trend: case, punctuation and spacing do not count. */
public final class Titles {
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private Titles() {}

  public static String normalize(String title) {
    String withoutPunctuation = PUNCTUATION.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("");
    return SPACES.matcher(withoutPunctuation).replaceAll(" ").strip();
  }
}
