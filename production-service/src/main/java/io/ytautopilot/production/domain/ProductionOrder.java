package io.ytautopilot.production.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An approved script to render as one generation of a video: which video, for which workspace,
 * which revision of its script, and what each scene says and shows.
 */
public record ProductionOrder(UUID videoId, String workspaceId, int revision, int generation, String title,
    List<SceneScript> scenes) {
  public ProductionOrder {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1, was " + revision);
    }
    if (generation < 1) {
      throw new IllegalArgumentException("generation must be at least 1, was " + generation);
    }
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

  /** Why the script cannot be rendered (naming scenes without narration), or empty when it can. */
  public Optional<GenerationFailure> problems() {
    try {
      renderRequest();
      return Optional.empty();
    } catch (IllegalArgumentException invalid) {
      List<SceneError> silentScenes = scenes == null ? List.of() : scenes.stream()
          .filter(scene -> scene != null && (scene.narration() == null || scene.narration().isBlank()))
          .map(scene -> new SceneError(scene.index(), "scene " + scene.index() + " has no narration"))
          .toList();
      return Optional.of(new GenerationFailure(invalid.getMessage(), silentScenes));
    }
  }
}
