package io.ytautopilot.cli;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The message worth printing for a failure: the innermost cause's, unwrapped from future wrappers. */
public final class Failures {
  private Failures() {}

  public static String describe(Throwable failure) {
    Throwable cause = unwrap(failure);
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /** The cause a Kafka future or an async client wrapped. */
  public static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
