package io.ytautopilot.review.domain;

import java.util.UUID;

/** The reviewer acted on a version of the video that has changed since they saw it. */
public class StaleVersion extends RuntimeException {
  private final VideoState state;

  public StaleVersion(UUID videoId, long expected, long actual, VideoState state) {
    super("video " + videoId + " is at version " + actual + ", not " + expected
        + "; reload it and decide again");
    this.state = state;
  }

  public VideoState state() {
    return state;
  }
}
