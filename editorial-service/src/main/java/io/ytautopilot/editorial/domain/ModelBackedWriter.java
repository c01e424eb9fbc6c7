package io.ytautopilot.editorial.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Phase C's writer for one workspace: the language models first, the offline writer when none of
 * them gives a valid answer. It keeps every call it made, for the revision's model calls.
 */
public final class ModelBackedWriter implements ScriptWriter {
  private final LanguageModels models;
  private final WorkspaceProfile workspace;
  private final String promptVariant;
  private final ScriptWriter offline = new OfflineScriptWriter();
  private final List<ModelCall> calls = new ArrayList<>();

  public ModelBackedWriter(LanguageModels models, WorkspaceProfile workspace, String promptVariant) {
    this.models = models;
    this.workspace = workspace;
    this.promptVariant = promptVariant;
  }

  @Override
  public VideoPackage write(TrendCandidate trend) {
    var answer = models.write(workspace, trend, promptVariant);
    calls.addAll(answer.calls());
    return answer.value().orElseGet(() -> offline(() -> offline.write(trend)));
  }

  @Override
  public Rewrite revise(VideoPackage previous, int revision, String notes) {
    var answer = models.revise(workspace, previous, revision, notes);
    calls.addAll(answer.calls());
    return answer.value().orElseGet(() -> offline(() -> offline.revise(previous, revision, notes)));
  }

  public List<ModelCall> calls() {
    return List.copyOf(calls);
  }

  private <T> T offline(Supplier<T> work) {
    long started = System.nanoTime();
    T written = work.get();
    calls.add(ModelCall.offline(Phase.PACKAGE, (System.nanoTime() - started) / 1_000_000));
    return written;
  }
}
