package io.ytautopilot.review.domain;

/** Where a video stands in production. Only a human API call moves it past a gate. */
public enum VideoState {
  SCRIPT_PENDING_REVIEW,
  READY_FOR_GENERATION,
  VIDEO_PENDING_REVIEW,
  READY_FOR_PUBLISH,
  PUBLISHED,
  SCRIPT_REJECTED,
  VIDEO_REJECTED;

  public boolean isFinal() {
    return this == PUBLISHED || this == SCRIPT_REJECTED || this == VIDEO_REJECTED;
  }
}
