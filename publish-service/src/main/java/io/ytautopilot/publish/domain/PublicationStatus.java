package io.ytautopilot.publish.domain;

/** Where a video's publication stands. */
public enum PublicationStatus {
  /** The approval was verified and the export began; a redelivered approval of this attempt finishes it. */
  PUBLISHING,
  /** Final: the video went out and is never published again. */
  PUBLISHED,
  /** Not now (e.g. the daily API quota is spent): the attempt is tried again at its retry time. */
  HELD,
  /** This attempt was refused or failed; a later attempt (review's retry) may publish. */
  FAILED,
  /** Final: review cancelled the video before it was published; every later approval is refused. */
  CANCELLED
}
