package io.ytautopilot.review.domain;

import java.util.List;

/**
 * The package a reviewer judges at Gate 1: text, visual plan (scenes) and SEO fields.
 *
 * @param answersNotes for a revision written after a change request, the notes it answers
 * @param author who wrote this revision: editorial-service, or the reviewer who edited it at approval
 * @param chapters YouTube chapters of the description
 * @param drafting editorial's account of the revision; a reviewer's edit keeps the one it edited, with
 *     the findings of the compliance check of the edited text
 */
public record Script(
    int revision,
    String topic,
    String title,
    String description,
    List<String> tags,
    String hook,
    String callToAction,
    List<Scene> scenes,
    String answersNotes,
    String author,
    List<Chapter> chapters,
    Drafting drafting) {

  public record Scene(int index, String narration, String visualPrompt, String onScreenText, int durationSeconds) {}

  public record Chapter(int startSeconds, String title) {}

  public Script {
    tags = List.copyOf(tags);
    scenes = List.copyOf(scenes);
    // revisions stored before editorial sent chapters and its report have neither
    chapters = chapters == null ? List.of() : List.copyOf(chapters);
    drafting = drafting == null ? Drafting.NONE : drafting;
    if (scenes.isEmpty()) {
      throw new IllegalArgumentException("a script needs at least one scene");
    }
  }

  /** The next revision with a reviewer's edits; fields the reviewer left out stay as they were. */
  public Script edited(ScriptEdits edits, String reviewer) {
    return new Script(revision + 1, topic,
        edits.title() != null ? edits.title() : title,
        edits.description() != null ? edits.description() : description,
        edits.tags() != null ? edits.tags() : tags,
        hook, callToAction,
        edits.scenes() != null ? edits.scenes() : scenes,
        null, reviewer, chapters, drafting);
  }

  /** This revision with the findings of a compliance check of its own text, in place of the drafting's. */
  Script checked(List<Drafting.Finding> findings) {
    return new Script(revision, topic, title, description, tags, hook, callToAction, scenes, answersNotes, author,
        chapters, new Drafting(drafting.selectionReason(), findings, drafting.modelCalls(), drafting.promptVariants(),
            drafting.targetFormat()));
  }

  public boolean hasScene(int index) {
    return scenes.stream().anyMatch(scene -> scene.index() == index);
  }
}
