package io.ytautopilot.trend.domain;

/** A source could not deliver: unreachable, refused, too slow or answered something unreadable. */
public class SourceFailure extends RuntimeException {
  public SourceFailure(String reason) {
    super(reason);
  }

  public SourceFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
