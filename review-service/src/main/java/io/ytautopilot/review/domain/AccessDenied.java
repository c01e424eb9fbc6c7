package io.ytautopilot.review.domain;

/** The caller is known but may not act on this workspace's videos. */
public class AccessDenied extends RuntimeException {
  public AccessDenied(String message) {
    super(message);
  }
}
