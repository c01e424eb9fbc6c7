package io.ytautopilot.editorial.domain;

import java.util.List;
import java.util.Optional;

/**
 * The port to the language models (the router in the adapters package). Each method tries the
 * configured models in turn, retrying each, and answers with what it got plus a record of every
 * call; an empty value means no model gave a valid answer, and the caller falls back to its
 * deterministic offline code. Answers are validated before they come back: never a package that
 * breaks {@link VideoPackage}'s limits, never a candidate that was not offered.
 */
public interface LanguageModels {

  /** Phase B: which of the candidates (by index) the next video is about, and why. */
  Answer<Choice> select(WorkspaceProfile workspace, List<TrendCandidate> candidates, WorkspaceMemory memory,
      String promptVariant);

  /** Phase C: the package for the chosen trend. */
  Answer<VideoPackage> write(WorkspaceProfile workspace, TrendCandidate trend, String promptVariant);

  /** The next revision of a package, acting on a Gate 1 reviewer's notes. */
  Answer<ScriptWriter.Rewrite> revise(WorkspaceProfile workspace, VideoPackage previous, int revision, String notes);

  record Answer<T>(Optional<T> value, List<ModelCall> calls) {
    public Answer {
      calls = List.copyOf(calls);
    }
  }

  record Choice(int candidate, String reason) {}

  /** No model at all: every phase falls back to the offline code. */
  LanguageModels NONE = new LanguageModels() {
    @Override
    public Answer<Choice> select(WorkspaceProfile workspace, List<TrendCandidate> candidates,
        WorkspaceMemory memory, String promptVariant) {
      return new Answer<>(Optional.empty(), List.of());
    }

    @Override
    public Answer<VideoPackage> write(WorkspaceProfile workspace, TrendCandidate trend, String promptVariant) {
      return new Answer<>(Optional.empty(), List.of());
    }

    @Override
    public Answer<ScriptWriter.Rewrite> revise(WorkspaceProfile workspace, VideoPackage previous, int revision,
        String notes) {
      return new Answer<>(Optional.empty(), List.of());
    }
  };
}
