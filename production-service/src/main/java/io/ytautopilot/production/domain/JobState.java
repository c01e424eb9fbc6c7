package io.ytautopilot.production.domain;

/**
 * Where the production of one video stands. A DONE or FAILED job may take a newer generation
 * (a retry, or named scenes rendered again); CANCELLED is final.
 */
public enum JobState {
  RENDERING,
  DONE,
  FAILED,
  CANCELLED
}
