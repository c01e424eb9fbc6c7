package io.ytautopilot.editorial.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the editorial phases for one video: A curates the fetched trends, B selects the topic, C
 * writes the package, and the compliance pre-review checks it; a Gate 1 change request gets the
 * next revision the same way. The language models are asked first, the deterministic code answers
 * when none of them does, so a draft always comes out.
 */
public final class Editor {
  private final LanguageModels models;
  private final Curation curation;

  public Editor(LanguageModels models, Curation curation) {
    this.models = models;
    this.curation = curation;
  }

  /** Revision 1 of a new video, or empty when no fetched trend is eligible. */
  public Optional<ScriptDraft> firstDraft(UUID videoId, WorkspaceProfile workspace, List<TrendCandidate> trends,
      WorkspaceMemory memory, Instant now) {
    List<TrendCandidate> eligible = TopicPicker.eligible(curation.curate(workspace, trends), memory, now,
        workspace.topicRepeatWindowDays());
    if (eligible.isEmpty()) {
      return Optional.empty();
    }
    Map<Phase, String> variants = PromptVariants.assign(videoId, workspace.promptExperiments());
    List<ModelCall> calls = new ArrayList<>();
    Selection selection = select(workspace, eligible, memory, PromptVariants.of(variants, Phase.SELECTION), calls);
    var writer = new ModelBackedWriter(models, workspace, PromptVariants.of(variants, Phase.PACKAGE));
    VideoPackage videoPackage = writer.write(selection.trend());
    calls.addAll(writer.calls());
    var brief = new ScriptDraft.Brief(workspace.targetFormat(), selection.reason(), variants);
    return Optional.of(ScriptDraft.first(videoId, workspace.workspaceId(), selection.trend().trendId(), now,
        videoPackage, brief, ComplianceReview.review(workspace, videoPackage), calls));
  }

  /** The next revision answering the notes, or empty when they are about a superseded revision. */
  public Optional<ScriptDraft> answer(ScriptDraft latest, ChangeRequest request, WorkspaceProfile workspace,
      Instant now) {
    var writer = new ModelBackedWriter(models, workspace, PromptVariants.of(latest.brief().promptVariants(),
        Phase.PACKAGE));
    return latest.answer(request, writer, now)
        .map(next -> next.checked(ComplianceReview.review(workspace, next.videoPackage()), writer.calls()));
  }

  private record Selection(TrendCandidate trend, String reason) {}

  /** One eligible candidate needs no choosing; several go to the models, the scorer's best otherwise. */
  private Selection select(WorkspaceProfile workspace, List<TrendCandidate> eligible, WorkspaceMemory memory,
      String promptVariant, List<ModelCall> calls) {
    if (eligible.size() > 1) {
      var answer = models.select(workspace, eligible, memory, promptVariant);
      calls.addAll(answer.calls());
      if (answer.value().isPresent()) {
        var choice = answer.value().get();
        return new Selection(eligible.get(choice.candidate()), choice.reason());
      }
    }
    long started = System.nanoTime();
    var best = new Selection(eligible.get(0), TopicPicker.reasonFor(eligible, memory,
        workspace.topicRepeatWindowDays()));
    calls.add(ModelCall.offline(Phase.SELECTION, (System.nanoTime() - started) / 1_000_000));
    return best;
  }
}
