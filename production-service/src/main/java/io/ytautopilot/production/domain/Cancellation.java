package io.ytautopilot.production.domain;

import java.time.Instant;
import java.util.Objects;

/** Who cancelled a video, why and when. */
public record Cancellation(String by, String reason, Instant at) {
  public Cancellation {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
