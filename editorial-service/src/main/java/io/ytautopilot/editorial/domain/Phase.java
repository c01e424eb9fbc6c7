package io.ytautopilot.editorial.domain;

/** The editorial phases that ask a language model: B picks the topic, C writes the package. */
public enum Phase {
  SELECTION,
  PACKAGE
}
