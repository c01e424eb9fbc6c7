package io.ytautopilot.production.domain;

import java.util.List;

/** What an approval or a regeneration request asks of production, once the job's rules are applied. */
public sealed interface Admission {

  /**
   * Render {@code toRender} under {@code generation}, then join them with the {@code reused} clips into
   * the video of {@code script}.
   *
   * @param announce whether this starts the generation (GenerationStarted is due), rather than resuming
   *                 a render of it that was interrupted
   */
  record Render(int generation, RenderRequest script, List<SceneScript> toRender, List<RenderedClip> reused,
      boolean announce) implements Admission {
    public Render {
      toRender = List.copyOf(toRender);
      reused = List.copyOf(reused);
    }
  }

  /** Nothing to do: the event is stale, a duplicate, or about a cancelled video. */
  record Ignore(String why) implements Admission {}

  /** The generation has failed before anything was rendered (GenerationFailed is due). */
  record Refuse(int generation, GenerationFailure failure) implements Admission {}
}
