package io.ytautopilot.production.domain;

import java.util.List;

/**
 * What the queue renders for a claimed generation: the scenes without a reusable clip, and the clips
 * kept from earlier generations or from this one before an interruption (checkpoints).
 */
public record RenderPlan(int generation, RenderRequest script, List<SceneScript> toRender,
    List<RenderedClip> reused) {
  public RenderPlan {
    toRender = List.copyOf(toRender);
    reused = List.copyOf(reused);
  }

  public int scenesTotal() {
    return script.scenes().size();
  }
}
