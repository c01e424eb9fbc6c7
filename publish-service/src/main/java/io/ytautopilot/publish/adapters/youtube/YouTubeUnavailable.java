package io.ytautopilot.publish.adapters.youtube;

/** A failure worth retrying: a network error or a 5xx answer. */
public class YouTubeUnavailable extends RuntimeException {
  YouTubeUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
