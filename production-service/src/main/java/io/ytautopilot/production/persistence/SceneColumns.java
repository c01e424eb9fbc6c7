package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.SceneScript;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of production_scene, keyed by its scene index: what the scene says and shows, for how long. */
@Embeddable
public class SceneColumns {
  @Column(nullable = false)
  public String narration;

  @Column(name = "on_screen_text", nullable = false)
  public String onScreenText;

  @Column(name = "visual_prompt", nullable = false)
  public String visualPrompt;

  @Column(name = "planned_seconds", nullable = false)
  public int plannedSeconds;

  static SceneColumns of(SceneScript scene) {
    var columns = new SceneColumns();
    columns.narration = scene.narration();
    columns.onScreenText = scene.onScreenText();
    columns.visualPrompt = scene.visualPrompt();
    columns.plannedSeconds = scene.plannedSeconds();
    return columns;
  }

  SceneScript toDomain(int index) {
    return new SceneScript(index, narration, onScreenText, visualPrompt, plannedSeconds);
  }
}
