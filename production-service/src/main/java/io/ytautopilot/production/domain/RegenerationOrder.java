package io.ytautopilot.production.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A Gate 2 request to render named scenes of a produced video again, as a new generation. */
public record RegenerationOrder(UUID videoId, String workspaceId, int generation, List<Integer> scenes) {
  public RegenerationOrder {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    if (generation < 1) {
      throw new IllegalArgumentException("generation must be at least 1, was " + generation);
    }
    scenes = List.copyOf(scenes);
  }
}
