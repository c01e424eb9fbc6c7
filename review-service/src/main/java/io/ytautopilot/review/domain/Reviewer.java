package io.ytautopilot.review.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, as their signed token says: a reviewer of some workspaces (channels), or an admin
 * of all of them. The name goes into the history; nothing in a request body can change it.
 */
public record Reviewer(String name, Identity identity, boolean admin, Set<String> workspaces) {
  public Reviewer {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a reviewer needs a name");
    }
    Objects.requireNonNull(identity, "identity");
    workspaces = Set.copyOf(workspaces);
  }

  /** This reviewer's decision, now, with what they said. */
  public Approval decides(Instant at, String comment) {
    return new Approval(name, identity, at, comment);
  }

  public boolean mayReview(String workspaceId) {
    return admin || workspaces.contains(workspaceId);
  }

  /** Refuses a video of a workspace this reviewer does not review. */
  public void checkMayReview(String workspaceId) {
    if (!mayReview(workspaceId)) {
      throw new AccessDenied(name + " does not review workspace " + workspaceId);
    }
  }
}
