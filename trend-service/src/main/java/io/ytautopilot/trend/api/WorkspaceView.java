package io.ytautopilot.trend.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ytautopilot.trend.domain.Workspace;
import java.time.Instant;

/** A stored workspace: its definition (the fields of WorkspaceBody), its version and when that was set. */
public record WorkspaceView(@JsonUnwrapped WorkspaceBody definition, int version, Instant updatedAt) {
  static WorkspaceView of(Workspace workspace) {
    return new WorkspaceView(WorkspaceBody.of(workspace.definition()), workspace.version(), workspace.updatedAt());
  }
}
