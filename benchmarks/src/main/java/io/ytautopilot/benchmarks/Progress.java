package io.ytautopilot.benchmarks;

/** Progress goes to stderr, so that stdout carries only the result table. */
final class Progress {
  private Progress() {}

  static void step(String format, Object... args) {
    System.err.printf("==> " + format + "%n", args);
  }

  static void detail(String format, Object... args) {
    System.err.printf("    " + format + "%n", args);
  }
}
