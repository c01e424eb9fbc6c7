package io.ytautopilot.publish.domain;

import java.time.Instant;

/** What an incoming approval means, given the video's stored publication. */
public enum ApprovalHandling {
  /** Verify, then publish under the approval's attempt. */
  PUBLISH,
  /** This attempt was publishing when the service stopped: verify again and finish it. */
  RESUME,
  /** The video is out already: never publish it twice. */
  ALREADY_PUBLISHED,
  /** This attempt is held and its retry time has not come: the scheduled retry publishes it. */
  HELD,
  /** An attempt no newer than the stored one: a duplicate or an old record. */
  STALE,
  /** Review cancelled the video: refuse. */
  CANCELLED;

  /**
   * @param stored the video's publication, or null when it has none
   * @param publishAttempt the approval's attempt: review sends the next number with each retry
   * @param now to tell whether a held attempt may be tried again
   */
  public static ApprovalHandling of(Publication stored, int publishAttempt, Instant now) {
    if (stored == null) {
      return PUBLISH;
    }
    int storedAttempt = stored.publishAttempt();
    return switch (stored.status()) {
      case PUBLISHED -> ALREADY_PUBLISHED;
      case CANCELLED -> CANCELLED;
      case PUBLISHING -> publishAttempt == storedAttempt ? RESUME : publishAttempt > storedAttempt ? PUBLISH : STALE;
      case FAILED -> publishAttempt > storedAttempt ? PUBLISH : STALE;
      case HELD -> publishAttempt > storedAttempt ? PUBLISH
          : publishAttempt < storedAttempt ? STALE
          : now.isBefore(stored.retryAt()) ? HELD : RESUME;
    };
  }

  public boolean exports() {
    return this == PUBLISH || this == RESUME;
  }
}
