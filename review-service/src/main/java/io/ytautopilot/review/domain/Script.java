package io.ytautopilot.review.domain;

import java.util.List;

/** The package a reviewer judges at Gate 1. */
public record Script(
    int revision,
    String topic,
    String title,
    String description,
    List<String> tags,
    String hook,
    String callToAction,
    List<Scene> scenes) {

  public record Scene(int index, String narration, String visualPrompt, String onScreenText, int durationSeconds) {}

  public Script {
    tags = List.copyOf(tags);
    scenes = List.copyOf(scenes);
  }
}
