package io.ytautopilot.compliance;

import java.util.List;

/**
 * Every viewer-facing text of a script, and its topic.
 *
 * @param scenes in order; each scene's narration and on-screen text
 */
public record ScriptTexts(String topic, String title, String hook, List<Scene> scenes, String callToAction,
    String description, List<String> tags) {

  public record Scene(int index, String narration, String onScreenText) {}

  public ScriptTexts {
    // a text a script lacks has nothing to flag
    hook = hook == null ? "" : hook;
    callToAction = callToAction == null ? "" : callToAction;
    description = description == null ? "" : description;
    scenes = List.copyOf(scenes);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
