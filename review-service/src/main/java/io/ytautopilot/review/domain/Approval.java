package io.ytautopilot.review.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A human decision at a gate: who (their name for the history, their identity for the rules and
 * signatures), when, and what they said.
 */
public record Approval(String reviewer, Identity identity, Instant at, String comment) {
  public Approval {
    if (reviewer == null || reviewer.isBlank()) {
      throw new IllegalArgumentException("a decision needs the reviewer's name");
    }
    Objects.requireNonNull(identity, "identity");
  }
}
