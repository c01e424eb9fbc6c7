package io.ytautopilot.review.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A Gate 1 edit adds what the brand forbids; only an admin's override with a reason lets it through. */
public class ComplianceBlocked extends RuntimeException {
  public ComplianceBlocked(List<Drafting.Finding> blockers) {
    super("the edits add what the brand forbids: " + blockers.stream()
        .map(finding -> finding.rule() + " in " + finding.location() + " (" + finding.message() + ")")
        .collect(Collectors.joining("; ")) + "; change them, or have an admin override with a reason");
  }
}
