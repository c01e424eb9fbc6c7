package io.ytautopilot.production.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A drafted revision of a video's script, awaiting Gate 1: production only prices it. */
public record ScriptDraft(UUID videoId, String workspaceId, int revision, List<SceneScript> scenes) {
  public ScriptDraft {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1, was " + revision);
    }
    scenes = List.copyOf(scenes);
  }
}
