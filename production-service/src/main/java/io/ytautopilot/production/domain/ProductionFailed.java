package io.ytautopilot.production.domain;

import java.util.UUID;

/** A video could not be produced; the message names the video and what went wrong. */
public class ProductionFailed extends RuntimeException {
  public ProductionFailed(UUID videoId, RuntimeException cause) {
    super("video " + videoId + " could not be produced: " + cause.getMessage(), cause);
  }
}
