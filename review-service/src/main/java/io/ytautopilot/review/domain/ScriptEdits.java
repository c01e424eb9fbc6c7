package io.ytautopilot.review.domain;

import java.util.List;

/** What a Gate 1 reviewer changed while approving; null fields are unchanged. */
public record ScriptEdits(String title, String description, List<String> tags, List<Script.Scene> scenes) {

  public boolean isEmpty() {
    return title == null && description == null && tags == null && scenes == null;
  }
}
