package io.ytautopilot.review.domain;

import java.util.Arrays;

/** A condition a transition needs besides the video's state, named as the table names it. */
public enum Guard {
  NONE("—"),
  NEWER_REVISION("newer revision"),
  CURRENT_GENERATION("current generation"),
  CURRENT_ATTEMPT("current attempt"),
  APPROVED_CURRENT_ATTEMPT("Gate 2 approved, current attempt"),
  SCRIPT_APPROVED_AT_CURRENT_REVISION("script approved at its current revision");

  private final String label;

  Guard(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Guard parse(String text) {
    return Arrays.stream(values()).filter(guard -> guard.label.equals(text.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown guard '" + text + "'"));
  }
}
