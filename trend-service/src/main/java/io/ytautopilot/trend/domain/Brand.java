package io.ytautopilot.trend.domain;

import java.util.List;

/** How a channel sounds and looks, and what it never talks about. */
public record Brand(String tone, String voice, String visualStyle, List<String> bannedTopics,
    List<String> bannedWords) {
  public Brand {
    bannedTopics = bannedTopics == null ? List.of() : List.copyOf(bannedTopics);
    bannedWords = bannedWords == null ? List.of() : List.copyOf(bannedWords);
  }
}
