package io.ytautopilot.production.domain;

/** Where the production of one video stands. Only DONE is final: the others may be tried again. */
public enum JobState {
  RENDERING,
  DONE,
  FAILED
}
