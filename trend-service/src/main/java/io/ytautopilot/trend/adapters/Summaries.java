package io.ytautopilot.trend.adapters;

import java.util.regex.Pattern;

/** Sources describe stories in HTML, Markdown or pages of text; a summary is a plain line or two. */
final class Summaries {
  static final int MAX_LENGTH = 500;
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Summaries() {}

  /** Plain text of at most MAX_LENGTH characters, or null when there is none. */
  static String of(String text) {
    if (text == null) {
      return null;
    }
    String plain = SPACES.matcher(TAGS.matcher(text).replaceAll(" ")
            .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'"))
        .replaceAll(" ").strip();
    if (plain.isEmpty()) {
      return null;
    }
    return plain.length() <= MAX_LENGTH ? plain : plain.substring(0, MAX_LENGTH - 1).strip() + "\u2026";
  }
}
