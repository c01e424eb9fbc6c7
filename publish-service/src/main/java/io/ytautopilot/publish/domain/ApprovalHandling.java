package io.ytautopilot.publish.domain;

/** What an incoming approval means, given the video's stored publication. */
public enum ApprovalHandling {
  /** Verify, then publish under the approval's attempt. */
  PUBLISH,
  /** This attempt was publishing when the service stopped: verify again and finish it. */
  RESUME,
  /** The video is out already: never publish it twice. */
  ALREADY_PUBLISHED,
  /** An attempt no newer than the stored one: a duplicate or an old record. */
  STALE,
  /** Review cancelled the video: refuse. */
  CANCELLED;

  /**
   * @param stored the video's publication, or null when it has none
   * @param publishAttempt the approval's attempt: review sends the next number with each retry
   */
  public static ApprovalHandling of(Publication stored, int publishAttempt) {
    if (stored == null) {
      return PUBLISH;
    }
    int storedAttempt = stored.publishAttempt();
    return switch (stored.status()) {
      case PUBLISHED -> ALREADY_PUBLISHED;
      case CANCELLED -> CANCELLED;
      case PUBLISHING -> publishAttempt == storedAttempt ? RESUME : publishAttempt > storedAttempt ? PUBLISH : STALE;
      case FAILED -> publishAttempt > storedAttempt ? PUBLISH : STALE;
    };
  }

  public boolean exports() {
    return this == PUBLISH || this == RESUME;
  }
}
