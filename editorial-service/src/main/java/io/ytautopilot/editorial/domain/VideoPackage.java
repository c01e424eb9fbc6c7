package io.ytautopilot.editorial.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reviewer judges at Gate 1 and production renders: the script and its YouTube metadata.
 * The limits are checked here rather than in a writer, so no writer (an LLM included) can hand
 * production a package it cannot use.
 */
public record VideoPackage(
    String topic,
    String title,
    String description,
    List<String> tags,
    String hook,
    String callToAction,
    List<Scene> scenes) {

  /** YouTube's limit. */
  public static final int MAX_TITLE_LENGTH = 100;
  public static final int MIN_TAGS = 5;
  public static final int MAX_TAGS = 10;
  public static final int MIN_SCENES = 3;

  public record Scene(int index, String narration, String visualPrompt, String onScreenText, int durationSeconds) {
    public static final int MIN_SECONDS = 4;
    public static final int MAX_SECONDS = 8;

    public Scene {
      requireText(narration, "the narration of scene " + index);
      requireText(visualPrompt, "the visual prompt of scene " + index);
      requireText(onScreenText, "the on-screen text of scene " + index);
      if (durationSeconds < MIN_SECONDS || durationSeconds > MAX_SECONDS) {
        throw new IllegalArgumentException("scene " + index + " lasts " + durationSeconds + " s; a scene lasts "
            + MIN_SECONDS + " to " + MAX_SECONDS + " s");
      }
    }
  }

  public VideoPackage {
    requireText(topic, "the topic");
    requireText(title, "the title");
    if (title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException("the title has " + title.length() + " characters; at most "
          + MAX_TITLE_LENGTH + " fit");
    }
    requireText(description, "the description");
    requireText(hook, "the hook");
    requireText(callToAction, "the call to action");
    tags = List.copyOf(tags);
    if (tags.size() < MIN_TAGS || tags.size() > MAX_TAGS) {
      throw new IllegalArgumentException(tags.size() + " tags; a package has " + MIN_TAGS + " to " + MAX_TAGS);
    }
    scenes = List.copyOf(scenes);
    if (scenes.size() < MIN_SCENES) {
      throw new IllegalArgumentException(scenes.size() + " scenes; a package has at least " + MIN_SCENES);
    }
    for (int i = 0; i < scenes.size(); i++) {
      if (scenes.get(i).index() != i + 1) {
        throw new IllegalArgumentException("scene " + (i + 1) + " is numbered " + scenes.get(i).index()
            + "; scenes are numbered 1, 2, 3, ... in order");
      }
    }
  }

  /**
   * YouTube chapters from the scene timing: a chapter starts at 0:00 with the first scene and runs
   * over the following scenes until it lasts the minimum YouTube accepts; each is titled by the
   * on-screen text of its first scene. YouTube shows them from three chapters on.
   */
  public List<Chapter> chapters() {
    List<Chapter> chapters = new ArrayList<>();
    int start = 0;
    int chapterStart = 0;
    String chapterTitle = null;
    for (Scene scene : scenes) {
      if (chapterTitle == null) {
        chapterStart = start;
        chapterTitle = scene.onScreenText();
      }
      start += scene.durationSeconds();
      if (start - chapterStart >= Chapter.MIN_SECONDS) {
        chapters.add(new Chapter(chapterStart, chapterTitle));
        chapterTitle = null;
      }
    }
    // a short tail joins the chapter before it; a video shorter than one chapter is one chapter
    if (chapterTitle != null && chapters.isEmpty()) {
      chapters.add(new Chapter(chapterStart, chapterTitle));
    }
    return List.copyOf(chapters);
  }

  /** The length of the video, as planned scene by scene. */
  public int durationSeconds() {
    return scenes.stream().mapToInt(Scene::durationSeconds).sum();
  }

  public record Chapter(int startSeconds, String title) {
    /** YouTube's minimum length of a chapter. */
    public static final int MIN_SECONDS = 10;
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " is missing");
    }
  }
}
