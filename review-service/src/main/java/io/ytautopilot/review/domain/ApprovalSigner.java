package io.ytautopilot.review.domain;

/**
 * Port: signs what a human command authorises, at the moment of the command. Nothing else signs:
 * a stored video is never turned into a new signature without a reviewer asking for it.
 */
public interface ApprovalSigner {

  /**
   * The Gate 2 statement: both approvals, the review policy they were checked against, every value
   * that is published and the files' SHA-256.
   */
  Signed publication(Video video, ReviewPolicy policy);

  /** A retry after a failed publish: who asked, the video's new attempt and the statement it continues. */
  Signed retry(Video video, Approval request);
}
