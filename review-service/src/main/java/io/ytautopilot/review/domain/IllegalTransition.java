package io.ytautopilot.review.domain;

import java.util.UUID;

/** A command that the video's current state does not allow. */
public class IllegalTransition extends RuntimeException {
  private final VideoState state;

  public IllegalTransition(UUID videoId, VideoState state, Trigger trigger, String why) {
    super("cannot " + trigger.shortName() + " video " + videoId + ": it is " + state + (why == null ? "" : " and " + why));
    this.state = state;
  }

  public VideoState state() {
    return state;
  }
}
