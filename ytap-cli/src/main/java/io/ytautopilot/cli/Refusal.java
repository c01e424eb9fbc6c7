package io.ytautopilot.cli;

/** A command cannot do what was asked, for a reason the user can act on: printed as one line, exit code 1. */
public class Refusal extends RuntimeException {
  public Refusal(String message) {
    super(message);
  }
}
