package io.ytautopilot.publish.domain;

/** An approval that cannot be trusted: it must change nothing. The message says why. */
public class Unverified extends RuntimeException {
  public Unverified(String why) {
    super(why);
  }
}
