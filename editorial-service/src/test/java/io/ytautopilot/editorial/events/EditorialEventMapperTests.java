package io.ytautopilot.editorial.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.editorial.api.Workspaces;
import io.ytautopilot.editorial.domain.Curation;
import io.ytautopilot.editorial.domain.Editor;
import io.ytautopilot.editorial.domain.LanguageModels;
import io.ytautopilot.editorial.domain.Phase;
import io.ytautopilot.editorial.domain.WorkspaceMemory;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import io.ytautopilot.events.PromptExperiment;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Trend;
import io.ytautopilot.events.TrendsFetched;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Avro contracts in and out, without a broker. */
class EditorialEventMapperTests {
  private final EditorialEventMapper mapper = new EditorialEventMapper();

  @Test
  void aWorkspaceDefinitionBecomesAProfileWithItsExperimentsAndAnUnknownPhaseIsLeftOut() {
    WorkspaceProfile profile = mapper.toProfile(Workspaces.configured("ws-1", 4,
        new PromptExperiment("package", List.of("default", "storytelling")),
        new PromptExperiment("THUMBNAIL", List.of("a", "b"))));

    assertThat(profile.version()).isEqualTo(4);
    assertThat(profile.targetFormat()).isEqualTo("SHORTS");
    assertThat(profile.brand().bannedWords()).containsExactly("miracle");
    assertThat(profile.promptExperiments()).isEqualTo(Map.of(Phase.PACKAGE, List.of("default", "storytelling")));
  }

  @Test
  void aDraftCarriesChaptersReasonFindingsCallsVariantsAndFormat() {
    WorkspaceProfile profile = mapper.toProfile(Workspaces.configured("ws-1", 1,
        new PromptExperiment("PACKAGE", List.of("storytelling"))));
    TrendsFetched fetched = TrendsFetched.newBuilder().setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now()).setWorkspaceId("ws-1").setFetchId(UUID.randomUUID().toString())
        .setTrends(List.of(Trend.newBuilder().setTrendId(UUID.randomUUID().toString())
            .setTitle("Why Octopuses Have Three Hearts").setSource("reddit").setScore(80).build()))
        .build();
    var draft = new Editor(LanguageModels.NONE, new Curation(10, 0.3)).firstDraft(UUID.randomUUID(), profile,
        mapper.toCandidates(fetched), WorkspaceMemory.empty(), Instant.now()).orElseThrow();

    ScriptDrafted event = mapper.scriptDrafted(draft);

    assertThat(event.getTargetFormat()).isEqualTo("SHORTS");
    assertThat(event.getPromptVariants()).isEqualTo(Map.of("PACKAGE", "storytelling"));
    assertThat(event.getSelectionReason()).isEqualTo(draft.brief().selectionReason());
    assertThat(event.getChapters()).hasSize(draft.videoPackage().chapters().size());
    assertThat(event.getModelCalls()).extracting(call -> call.getProvider()).containsExactly("offline", "offline");
    assertThat(event.getComplianceFindings()).hasSize(draft.findings().size());
  }
}
