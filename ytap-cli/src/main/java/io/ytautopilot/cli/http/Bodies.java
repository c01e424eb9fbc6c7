package io.ytautopilot.cli.http;

/** The request bodies of the review commands ytap sends (review-service's CommandRequests). */
public final class Bodies {
  private Bodies() {}

  /** retry and gate1/approve: an optional comment for the history. */
  public record Comment(String comment) {}

  /** gate2/approve: how the video goes public; null fields keep review-service's defaults (private). */
  public record VideoApproval(String comment, String privacyStatus, String publishAt) {}

  /** cancel: why, required. */
  public record Reason(String reason) {}
}
