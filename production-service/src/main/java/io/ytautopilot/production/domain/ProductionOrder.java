package io.ytautopilot.production.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An approved script to render: which video, for which workspace, and what each scene says and shows. */
public record ProductionOrder(UUID videoId, String workspaceId, String title, List<SceneScript> scenes) {
  public ProductionOrder {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
  }

  /**
   * Validated only here, not on construction, so that an order that cannot be rendered still
   * gets a job that records why.
   *
   * @throws IllegalArgumentException when the script cannot be rendered, e.g. it has no scenes
   */
  public RenderRequest renderRequest() {
    return new RenderRequest(videoId.toString(), title, scenes);
  }
}
