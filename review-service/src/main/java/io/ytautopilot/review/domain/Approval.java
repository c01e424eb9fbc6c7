package io.ytautopilot.review.domain;

import java.time.Instant;

/** A human decision at a gate: who, when, and what they said. */
public record Approval(String reviewer, Instant at, String comment) {
  public Approval {
    if (reviewer == null || reviewer.isBlank()) {
      throw new IllegalArgumentException("a decision needs the reviewer's name");
    }
  }
}
