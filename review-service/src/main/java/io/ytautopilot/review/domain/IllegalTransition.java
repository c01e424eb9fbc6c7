package io.ytautopilot.review.domain;

import java.util.UUID;

/** A command that the video's current state does not allow. */
public class IllegalTransition extends RuntimeException {
  private final UUID videoId;
  private final VideoState state;

  public IllegalTransition(UUID videoId, VideoState state, Command command) {
    super("cannot " + command.description() + " of video " + videoId + ": it is " + state);
    this.videoId = videoId;
    this.state = state;
  }

  public UUID videoId() {
    return videoId;
  }

  public VideoState state() {
    return state;
  }
}
