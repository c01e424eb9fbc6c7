package io.ytautopilot.review.domain;

/** Where a video stands in production. Only a human API call moves it past a gate. */
public enum VideoState {
  SCRIPT_PENDING_REVIEW,
  CHANGES_REQUESTED,
  READY_FOR_GENERATION,
  GENERATING,
  GENERATION_FAILED,
  VIDEO_PENDING_REVIEW,
  READY_FOR_PUBLISH,
  PUBLISHING,
  PUBLISH_FAILED,
  PUBLISHED,
  SCRIPT_REJECTED,
  VIDEO_REJECTED,
  CANCELLED;

  public boolean isFinal() {
    return this == PUBLISHED || this == SCRIPT_REJECTED || this == VIDEO_REJECTED || this == CANCELLED;
  }
}
