package io.ytautopilot.production.domain;

/**
 * Where the production of one video stands. An admitted generation waits QUEUED until the queue
 * starts it (at once, on its schedule, or in its providers' off-peak window), then RENDERING. A DONE
 * or FAILED job may take a newer generation (a retry, or named scenes rendered again); CANCELLED is final.
 */
public enum JobState {
  QUEUED,
  RENDERING,
  DONE,
  FAILED,
  CANCELLED
}
