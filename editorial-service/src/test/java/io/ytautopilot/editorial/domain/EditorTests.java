package io.ytautopilot.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Phases A, B and C together on the shipped fetch, with models that answer and with none. */
class EditorTests {
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private final List<TrendCandidate> fetched = Fixtures.scienceTrends();

  @Test
  void withoutModelsTheScorersBestCuratedTopicIsWrittenOfflineAndSaysWhy() {
    var editor = new Editor(LanguageModels.NONE, new Curation(5, 0.3));

    ScriptDraft draft = editor.firstDraft(UUID.randomUUID(), Fixtures.science(), fetched, WorkspaceMemory.empty(),
        NOW).orElseThrow();

    assertThat(draft.videoPackage().topic()).isEqualTo("James Webb Telescope Spots Carbon Dioxide on a Distant Exoplanet");
    assertThat(draft.brief().selectionReason()).startsWith("Best score (91.4) of 5 candidates not covered in the last 90 days");
    assertThat(draft.brief().targetFormat()).isEqualTo("SHORTS");
    assertThat(draft.modelCalls()).extracting(ModelCall::phase, ModelCall::provider, ModelCall::costUsd)
        .containsExactly(Tuple.tuple(Phase.SELECTION, "offline", 0.0),
            Tuple.tuple(Phase.PACKAGE, "offline", 0.0));
    assertThat(draft.videoPackage().chapters()).first().extracting(VideoPackage.Chapter::startSeconds).isEqualTo(0);
  }

  @Test
  void theModelsChoiceAndPackageAreUsedWithTheirReasonAndCalls() {
    var picked = new ScriptedModels(1, "Octopus anatomy is evergreen and visual.");
    var editor = new Editor(picked, new Curation(5, 0.3));

    ScriptDraft draft = editor.firstDraft(UUID.randomUUID(), Fixtures.science(), fetched, WorkspaceMemory.empty(),
        NOW).orElseThrow();

    assertThat(picked.offered).extracting(TrendCandidate::title).hasSize(5)
        .doesNotContain("Bitcoin Hits a New High as Crypto Markets Rally", "Celebrity Couple Announces Surprise Divorce");
    assertThat(draft.videoPackage().topic()).isEqualTo("Why Octopuses Have Three Hearts");
    assertThat(draft.brief().selectionReason()).isEqualTo("Octopus anatomy is evergreen and visual.");
    assertThat(draft.videoPackage().title()).isEqualTo("Three Hearts, One Octopus");
    assertThat(draft.modelCalls()).extracting(ModelCall::provider).containsExactly("premium", "premium");
  }

  @Test
  void aTopicUsedWithinTheWindowIsNotChosenAgainAndNothingIsDraftedWhenAllAre() {
    var editor = new Editor(LanguageModels.NONE, new Curation(2, 0.3));
    var memory = new WorkspaceMemory(List.of(new WorkspaceMemory.Entry(UUID.randomUUID(),
        "Webb telescope spots carbon dioxide on distant exoplanet", "Webb and CO2", NOW.minus(Duration.ofDays(3)),
        null, null, 0)));

    assertThat(editor.firstDraft(UUID.randomUUID(), Fixtures.science(), fetched, memory, NOW).orElseThrow()
        .videoPackage().topic()).isEqualTo("Why Octopuses Have Three Hearts");

    var both = new WorkspaceMemory(List.of(memory.entries().get(0), new WorkspaceMemory.Entry(UUID.randomUUID(),
        "Why Octopuses Have Three Hearts", "Three hearts", NOW.minus(Duration.ofDays(89)), null, null, 0)));
    assertThat(editor.firstDraft(UUID.randomUUID(), Fixtures.science(), fetched, both, NOW)).isEmpty();
  }

  @Test
  void aRevisionCarriesItsOwnFindingsAndModelCalls() {
    var editor = new Editor(LanguageModels.NONE, new Curation(5, 0.3));
    ScriptDraft first = editor.firstDraft(UUID.randomUUID(), Fixtures.science(), fetched, WorkspaceMemory.empty(),
        NOW).orElseThrow();

    ScriptDraft second = editor.answer(first, new ChangeRequest(first.videoId(), 1, "alice", "Shorter hook."),
        Fixtures.science(), NOW.plusSeconds(60)).orElseThrow();

    assertThat(second.revision()).isEqualTo(2);
    assertThat(second.brief()).isEqualTo(first.brief());
    assertThat(second.modelCalls()).extracting(ModelCall::provider).containsExactly("offline");
    assertThat(editor.answer(second, new ChangeRequest(first.videoId(), 1, "alice", "stale"), Fixtures.science(),
        NOW)).isEmpty();
  }

  @Test
  void variantsAreDeterministicPerVideoAndBalanced() {
    var experiments = Map.of(Phase.PACKAGE, List.of("default", "storytelling"));
    UUID video = UUID.randomUUID();
    assertThat(PromptVariants.assign(video, experiments)).isEqualTo(PromptVariants.assign(video, experiments));
    long storytelling = IntStream.range(0, 1000)
        .mapToObj(i -> PromptVariants.assign(UUID.randomUUID(), experiments).get(Phase.PACKAGE))
        .filter("storytelling"::equals).count();
    assertThat(storytelling).isBetween(420L, 580L);
    assertThat(PromptVariants.assign(video, Map.of())).isEmpty();
  }

  /** A model that picks the given candidate and writes a fixed package. */
  private static final class ScriptedModels implements LanguageModels {
    private final int pick;
    private final String reason;
    private List<TrendCandidate> offered;

    ScriptedModels(int pick, String reason) {
      this.pick = pick;
      this.reason = reason;
    }

    @Override
    public Answer<Choice> select(WorkspaceProfile workspace, List<TrendCandidate> candidates, WorkspaceMemory memory,
        String promptVariant) {
      offered = candidates;
      return new Answer<>(Optional.of(new Choice(pick, reason)), List.of(call(Phase.SELECTION)));
    }

    @Override
    public Answer<VideoPackage> write(WorkspaceProfile workspace, TrendCandidate trend, String promptVariant) {
      var offline = new OfflineScriptWriter().write(trend);
      return new Answer<>(Optional.of(new VideoPackage(trend.title(), "Three Hearts, One Octopus",
          offline.description(), offline.tags(), offline.hook(), offline.callToAction(), offline.scenes())),
          List.of(call(Phase.PACKAGE)));
    }

    @Override
    public Answer<ScriptWriter.Rewrite> revise(WorkspaceProfile workspace, VideoPackage previous, int revision,
        String notes) {
      return new Answer<>(Optional.empty(), List.of());
    }

    private static ModelCall call(Phase phase) {
      return new ModelCall(phase, "premium", "gpt-4.1", 900, 300, 1200, 0.0042, ModelCall.Outcome.OK);
    }
  }
}
