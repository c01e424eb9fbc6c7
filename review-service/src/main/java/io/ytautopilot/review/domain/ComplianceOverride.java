package io.ytautopilot.review.domain;

/**
 * An admin's decision to approve a Gate 1 edit although the compliance rules block it, and why:
 * the reason goes into the video's history.
 */
public record ComplianceOverride(String admin, String reason) {
  public ComplianceOverride {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("overriding a compliance blocker needs a reason");
    }
  }
}
