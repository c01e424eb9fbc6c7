package io.ytautopilot.editorial.adapters.llm;

/** A model answered, but not with what was asked: no JSON, wrong fields, or a package over the limits. */
class MalformedAnswer extends RuntimeException {
  MalformedAnswer(String message) {
    super(message);
  }

  MalformedAnswer(String message, Throwable cause) {
    super(message, cause);
  }
}
