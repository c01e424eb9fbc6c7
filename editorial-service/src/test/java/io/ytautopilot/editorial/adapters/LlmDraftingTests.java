package io.ytautopilot.editorial.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ytautopilot.editorial.adapters.LlmStandIn.PREMIUM;
import static io.ytautopilot.editorial.adapters.LlmStandIn.openAi;
import static io.ytautopilot.editorial.adapters.LlmStandIn.packageAnswer;
import static io.ytautopilot.editorial.adapters.LlmStandIn.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.editorial.api.Workspaces;
import io.ytautopilot.events.ModelCall;
import io.ytautopilot.events.PromptExperiment;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.Trend;
import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.testsupport.EventStreams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With models configured, the ScriptDrafted that Gate 1 sees carries the model's choice and every call's cost. */
@QuarkusTest
@TestProfile(LlmStandIn.Profile.class)
class LlmDraftingTests {
  private final EventStreams streams = EventStreams.shared();

  @Test
  void theDraftCarriesTheModelsReasonItsPackageAndTheCostOfEveryCall() {
    String workspace = "ws-" + UUID.randomUUID();
    server.stubFor(post(urlPathEqualTo(PREMIUM)).withRequestBody(containing(workspace))
        .withRequestBody(containing("You choose the topic"))
        .willReturn(openAi("{\"candidate\": 2, \"reason\": \"Evergreen, and the animation writes itself.\"}",
            1100, 30)));
    server.stubFor(post(urlPathEqualTo(PREMIUM)).withRequestBody(containing(workspace))
        .withRequestBody(containing("YouTube video for the channel"))
        .willReturn(openAi(packageAnswer("Three Hearts, One Octopus", 4, 7), 1400, 900)));

    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 1,
          new PromptExperiment("PACKAGE", List.of("storytelling"))));
      streams.publish(Topics.TRENDS_FETCHED, workspace, TrendsFetched.newBuilder()
          .setEventId(UUID.randomUUID().toString())
          .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
          .setWorkspaceId(workspace)
          .setFetchId(UUID.randomUUID().toString())
          .setTrends(List.of(trend("What Causes the Northern Lights?", 91), trend("Why Octopuses Have Three Hearts", 80)))
          .build());

      ScriptDrafted draft = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
          .until(() -> drafted.getRecords().stream().map(record -> record.value())
              .filter(value -> value != null && workspace.equals(value.getWorkspaceId())).findFirst().orElse(null),
              value -> value != null);

      assertThat(draft.getTopic()).isEqualTo("Why Octopuses Have Three Hearts");
      assertThat(draft.getSelectionReason()).isEqualTo("Evergreen, and the animation writes itself.");
      assertThat(draft.getTitle()).isEqualTo("Three Hearts, One Octopus");
      assertThat(draft.getPromptVariants()).containsEntry("PACKAGE", "storytelling");
      assertThat(draft.getModelCalls()).extracting(ModelCall::getPhase, ModelCall::getProvider,
          ModelCall::getOutcome).containsExactly(
              tuple("SELECTION", "premium", "OK"),
              tuple("PACKAGE", "premium", "OK"));
      ModelCall writing = draft.getModelCalls().get(1);
      assertThat(writing.getInputTokens()).isEqualTo(1400);
      assertThat(writing.getOutputTokens()).isEqualTo(900);
      assertThat(writing.getCostUsd()).isCloseTo((1400 * 2.0 + 900 * 8.0) / 1e6, within(1e-12));
      assertThat(draft.getChapters()).extracting(chapter -> chapter.getStartSeconds()).containsExactly(0, 14);
    }
  }

  private static Trend trend(String title, double score) {
    return Trend.newBuilder().setTrendId(UUID.randomUUID().toString()).setTitle(title).setSource("test feed")
        .setSources(List.of("test feed")).setScore(score).build();
  }
}
