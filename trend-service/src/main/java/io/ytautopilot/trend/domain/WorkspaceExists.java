package io.ytautopilot.trend.domain;

/** A workspace was to be created under an id that is taken. */
public class WorkspaceExists extends RuntimeException {
  public WorkspaceExists(String workspaceId) {
    super("workspace " + workspaceId + " exists; change it with PUT /workspaces/" + workspaceId);
  }
}
