package io.ytautopilot.editorial.domain;

/**
 * Writes the video package for a chosen trend, and its next revision when a Gate 1 reviewer sends
 * it back. {@link OfflineScriptWriter} needs nothing outside the JVM; an LLM-backed writer can take
 * its place in the adapters package.
 */
public interface ScriptWriter {
  VideoPackage write(TrendCandidate trend);

  /**
   * The next revision of a package, on the same topic, answering the reviewer's notes.
   *
   * @param revision the number the new revision will have
   */
  Rewrite revise(VideoPackage previous, int revision, String notes);

  /**
   * A revised package and the writer's own account of what it changed, which the reviewer reads
   * next to the notes: it must not claim more than the writer did.
   */
  record Rewrite(VideoPackage videoPackage, String changeNote) {}
}
