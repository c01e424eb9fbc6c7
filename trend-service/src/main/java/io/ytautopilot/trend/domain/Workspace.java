package io.ytautopilot.trend.domain;

import java.time.Instant;

/** A stored workspace: its definition, which version of it this is (1 when created) and when it was set. */
public record Workspace(WorkspaceDefinition definition, int version, Instant updatedAt) {
  public String id() {
    return definition.id();
  }
}
