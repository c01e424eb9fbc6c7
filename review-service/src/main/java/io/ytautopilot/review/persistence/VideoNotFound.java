package io.ytautopilot.review.persistence;

import java.util.UUID;

public class VideoNotFound extends RuntimeException {
  public VideoNotFound(UUID id) {
    super("no video " + id);
  }
}
