package io.ytautopilot.editorial.adapters.llm;

import io.ytautopilot.editorial.domain.VideoPackage;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import java.util.ArrayList;
import java.util.List;

/** The JSON shapes the prompts ask for. */
final class Answers {
  /** How far the planned length may miss the workspace's target length, either way. */
  static final double LENGTH_TOLERANCE = 0.25;

  private Answers() {}

  /** Phase B: the 1-based number of the chosen candidate. */
  record Selection(Integer candidate, String reason) {}

  record Scene(String narration, String visualPrompt, String onScreenText, Integer durationSeconds) {}

  /** Phase C, and a revision (which adds its changeNote). */
  record Package(String title, String description, List<String> tags, String hook, String callToAction,
      List<Scene> scenes, String changeNote) {

    /** Held to the package's own limits, and to the workspace's target length. */
    VideoPackage toPackage(String topic, WorkspaceProfile workspace) {
      VideoPackage videoPackage;
      try {
        List<VideoPackage.Scene> numbered = new ArrayList<>();
        for (Scene scene : scenes) {
          numbered.add(new VideoPackage.Scene(numbered.size() + 1, scene.narration(), scene.visualPrompt(),
              scene.onScreenText(), scene.durationSeconds()));
        }
        videoPackage = new VideoPackage(topic, strip(title), strip(description), tags, strip(hook),
            strip(callToAction), numbered);
      } catch (RuntimeException invalid) { // a missing field is a NullPointerException here
        throw new MalformedAnswer("the package is invalid: " + invalid.getMessage(), invalid);
      }
      int target = workspace.targetLengthSeconds();
      int planned = videoPackage.durationSeconds();
      if (Math.abs(planned - target) > target * LENGTH_TOLERANCE) {
        throw new MalformedAnswer("the scenes last " + planned + " s; the workspace wants about " + target + " s");
      }
      return videoPackage;
    }

    private static String strip(String text) {
      return text == null ? null : text.strip();
    }
  }
}
