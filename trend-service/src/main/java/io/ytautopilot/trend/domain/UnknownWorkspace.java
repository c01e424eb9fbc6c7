package io.ytautopilot.trend.domain;

/** No workspace has this id. */
public class UnknownWorkspace extends RuntimeException {
  public UnknownWorkspace(String workspaceId) {
    super("no workspace " + workspaceId);
  }
}
