package io.ytautopilot.trend.domain;

/** What storing a definition did to a workspace. */
public record WorkspaceChange(Workspace workspace, Kind kind) {
  public enum Kind { CREATED, UPDATED, UNCHANGED }

  public boolean changed() {
    return kind != Kind.UNCHANGED;
  }
}
