package io.ytautopilot.trend.api;

/** A client mistake in one field that Bean Validation cannot see (it depends on the path). */
class FieldError extends RuntimeException {
  final String field;

  FieldError(String field, String message) {
    super(message);
    this.field = field;
  }
}
