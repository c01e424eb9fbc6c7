package io.ytautopilot.editorial.persistence;

/** Trends came for a workspace editorial has no definition of, even after waiting for one. */
public class WorkspaceNotConfigured extends RuntimeException {
  public WorkspaceNotConfigured(String workspaceId, String waited) {
    super("workspace " + workspaceId + " is not configured: no WorkspaceConfigured on yt.workspaces after waiting "
        + waited + "; configure it in trend-service, then redrive this record");
  }
}
