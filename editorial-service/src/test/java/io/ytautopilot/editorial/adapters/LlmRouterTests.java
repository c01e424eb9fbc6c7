package io.ytautopilot.editorial.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ytautopilot.editorial.adapters.LlmStandIn.BUDGET;
import static io.ytautopilot.editorial.adapters.LlmStandIn.PREMIUM;
import static io.ytautopilot.editorial.adapters.LlmStandIn.anthropic;
import static io.ytautopilot.editorial.adapters.LlmStandIn.openAi;
import static io.ytautopilot.editorial.adapters.LlmStandIn.packageAnswer;
import static io.ytautopilot.editorial.adapters.LlmStandIn.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.ytautopilot.editorial.adapters.llm.LlmRouter;
import io.ytautopilot.editorial.domain.Curation;
import io.ytautopilot.editorial.domain.Editor;
import io.ytautopilot.editorial.domain.Fixtures;
import io.ytautopilot.editorial.domain.LanguageModels;
import io.ytautopilot.editorial.domain.ModelCall;
import io.ytautopilot.editorial.domain.ModelCall.Outcome;
import io.ytautopilot.editorial.domain.OfflineScriptWriter;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.ScriptWriter;
import io.ytautopilot.editorial.domain.TrendCandidate;
import io.ytautopilot.editorial.domain.VideoPackage;
import io.ytautopilot.editorial.domain.WorkspaceMemory;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The router against a real local HTTP server speaking the OpenAI (premium) and Anthropic (budget)
 * formats: retries, timeouts, malformed answers, fallback order, and what every call is recorded as.
 */
@QuarkusTest
@TestProfile(LlmStandIn.Profile.class)
class LlmRouterTests {
  /** The science channel wants about 45 s: six scenes of 7 s fit. */
  private static final String VALID = packageAnswer("Why Octopuses Have Three Hearts", 6, 7);
  private static final TrendCandidate OCTOPUS = Fixtures.candidate("Why Octopuses Have Three Hearts", 88);

  @Inject LlmRouter router;

  /**
   * The service under test also drafts for whatever other tests publish on the shared broker, with
   * this same router: each test's stubs answer only its own requests, told apart by the channel name.
   */
  private final String channel = "Channel " + UUID.randomUUID();
  private final WorkspaceProfile workspace = Fixtures.science(channel, Map.of());

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @Test
  void aValidAnswerIsUsedAndItsTokensAndCostAreRecorded() {
    server.stubFor(ours(PREMIUM).willReturn(openAi(VALID, 1200, 800)));

    LanguageModels.Answer<VideoPackage> answer = router.write(workspace, OCTOPUS, "default");

    assertThat(answer.value()).get().extracting(VideoPackage::title).isEqualTo("Why Octopuses Have Three Hearts");
    assertThat(answer.value().get().scenes()).hasSize(6);
    ModelCall call = answer.calls().get(0);
    assertThat(answer.calls()).hasSize(1);
    assertThat(call.provider()).isEqualTo("premium");
    assertThat(call.model()).isEqualTo("gpt-test");
    assertThat(call.outcome()).isEqualTo(Outcome.OK);
    assertThat(call.inputTokens()).isEqualTo(1200);
    assertThat(call.outputTokens()).isEqualTo(800);
    assertThat(call.costUsd()).isCloseTo((1200 * 2.0 + 800 * 8.0) / 1e6, within(1e-12));
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PREMIUM)).withRequestBody(containing(channel)))
        .get(0).getBodyAsString())
        .contains("Why Octopuses Have Three Hearts", "warm, precise", "clean flat illustration", "miracle");
  }

  @Test
  void aSlowAnswerTimesOutAndTheRetryIsUsed() {
    sequence(PREMIUM, openAi(VALID, 1000, 700).withFixedDelay(3000), openAi(VALID, 1000, 700));

    var answer = router.write(workspace, OCTOPUS, "default");

    assertThat(answer.value()).isPresent();
    assertThat(answer.calls()).extracting(ModelCall::outcome).containsExactly(Outcome.TIMEOUT, Outcome.OK);
    assertThat(answer.calls().get(0).latencyMillis()).isBetween(1000L, 2900L);
    assertThat(answer.calls().get(0).costUsd()).isZero();
  }

  @Test
  void rateLimitedAndFailingAttemptsAreRetriedWithGrowingWaits() {
    sequence(PREMIUM, aResponse().withStatus(429).withBody("{\"error\":{\"message\":\"Rate limit\"}}"),
        serverError(), openAi(VALID, 1000, 700));

    var answer = router.write(workspace, OCTOPUS, "default");

    assertThat(answer.value()).isPresent();
    assertThat(answer.calls()).extracting(ModelCall::outcome)
        .containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.OK);
    List<Long> gaps = gaps(PREMIUM);
    assertThat(gaps).hasSize(2);
    assertThat(gaps.get(0)).isGreaterThanOrEqualTo(20);
    assertThat(gaps.get(1)).isGreaterThanOrEqualTo(40).isGreaterThan(gaps.get(0));
  }

  @Test
  void aMalformedOrInvalidAnswerIsRetriedAndNeverPassedOn() {
    String overLongTitle = packageAnswer("x".repeat(101), 6, 7);
    sequence(PREMIUM, openAi("Sure! Here is your video: title: Octopus", 900, 40),
        openAi(overLongTitle, 900, 650), openAi(VALID, 900, 700));

    var answer = router.write(workspace, OCTOPUS, "default");

    assertThat(answer.value()).get().extracting(VideoPackage::title).isEqualTo("Why Octopuses Have Three Hearts");
    assertThat(answer.calls()).extracting(ModelCall::outcome)
        .containsExactly(Outcome.MALFORMED, Outcome.MALFORMED, Outcome.OK);
    assertThat(answer.calls().get(0).inputTokens()).isEqualTo(900);
    assertThat(answer.calls().get(0).costUsd()).isCloseTo((900 * 2.0 + 40 * 8.0) / 1e6, within(1e-12));
  }

  @Test
  void whenPremiumKeepsFailingTheBudgetModelAnswers() {
    server.stubFor(ours(PREMIUM).willReturn(serverError()));
    server.stubFor(ours(BUDGET).willReturn(anthropic(VALID, 1500, 700)));

    var answer = router.write(workspace, OCTOPUS, "default");

    assertThat(answer.value()).isPresent();
    assertThat(answer.calls()).extracting(ModelCall::provider, ModelCall::outcome).containsExactly(
        tuple("premium", Outcome.FAILED),
        tuple("premium", Outcome.FAILED),
        tuple("premium", Outcome.FAILED),
        tuple("premium", Outcome.FAILED),
        tuple("budget", Outcome.OK));
    ModelCall budget = answer.calls().get(4);
    assertThat(budget.model()).isEqualTo("claude-test");
    assertThat(budget.inputTokens()).isEqualTo(1500);
    assertThat(budget.outputTokens()).isEqualTo(700);
    assertThat(budget.costUsd()).isCloseTo((1500 * 1.0 + 700 * 5.0) / 1e6, within(1e-12));
    // 20, 40, 80 ms between premium's four attempts
    List<Long> gaps = gaps(PREMIUM);
    assertThat(gaps).hasSize(3);
    assertThat(gaps.get(0)).isGreaterThanOrEqualTo(20);
    assertThat(gaps.get(1)).isGreaterThanOrEqualTo(40);
    assertThat(gaps.get(2)).isGreaterThanOrEqualTo(80).isGreaterThan(gaps.get(0));
  }

  @Test
  void whenEveryModelFailsTheOfflineWriterDraftsAndEveryAttemptIsOnRecord() {
    server.stubFor(ours(PREMIUM).willReturn(serverError()));
    server.stubFor(ours(BUDGET).willReturn(aResponse().withStatus(529)
        .withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")));
    var editor = new Editor(router, new Curation(5, 0.3));

    ScriptDraft draft = editor.firstDraft(UUID.randomUUID(), workspace, Fixtures.scienceTrends(),
        WorkspaceMemory.empty(), Instant.now()).orElseThrow();

    // selection: 4 premium + 3 budget attempts, then the scorer; package: the same, then the offline writer
    assertThat(draft.modelCalls()).extracting(ModelCall::provider).containsExactly(
        "premium", "premium", "premium", "premium", "budget", "budget", "budget", "offline",
        "premium", "premium", "premium", "premium", "budget", "budget", "budget", "offline");
    assertThat(draft.modelCalls()).filteredOn(call -> !call.provider().equals("offline"))
        .allSatisfy(call -> assertThat(call.outcome()).isEqualTo(Outcome.FAILED));
    assertThat(draft.modelCalls()).extracting(ModelCall::costUsd).containsOnly(0.0);
    assertThat(draft.videoPackage().topic()).isEqualTo("James Webb Telescope Spots Carbon Dioxide on a Distant Exoplanet");
    assertThat(server.countRequestsMatching(postRequestedFor(urlPathEqualTo(PREMIUM))
        .withRequestBody(containing(channel)).build()).getCount()).isEqualTo(8);
  }

  @Test
  void theSelectionPicksAnOfferedCandidateWithItsReason() {
    sequence(PREMIUM, openAi("{\"candidate\": 7, \"reason\": \"out of range\"}", 800, 20),
        openAi("```json\n{\"candidate\": 2, \"reason\": \"Evergreen and very visual.\"}\n```", 800, 25));
    var candidates = List.of(Fixtures.candidate("What Causes the Northern Lights?", 74), OCTOPUS);

    var answer = router.select(workspace, candidates, WorkspaceMemory.empty(), "default");

    assertThat(answer.value()).get().isEqualTo(new LanguageModels.Choice(1, "Evergreen and very visual."));
    assertThat(answer.calls()).extracting(ModelCall::outcome).containsExactly(Outcome.MALFORMED, Outcome.OK);
  }

  private MappingBuilder ours(String path) {
    return post(urlPathEqualTo(path)).withRequestBody(containing(channel));
  }

  @Test
  void aRevisionGivesTheModelTheNotesAndNeedsItsChangeNote() {
    VideoPackage previous = new OfflineScriptWriter().write(OCTOPUS);
    String notes = "Lead with the three hearts, not the gills.";
    sequence(PREMIUM, openAi(VALID.replace("\"changeNote\"", "\"remark\""), 1500, 800), openAi(VALID, 1500, 800));

    var answer = router.revise(workspace, previous, 2, notes);

    assertThat(answer.value()).get().extracting(ScriptWriter.Rewrite::changeNote)
        .isEqualTo("Shortened the hook as asked.");
    assertThat(answer.value().get().videoPackage().topic()).isEqualTo(previous.topic());
    assertThat(answer.calls()).extracting(ModelCall::outcome).containsExactly(Outcome.MALFORMED, Outcome.OK);
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PREMIUM)).withRequestBody(containing(channel)))
        .get(0).getBodyAsString()).contains("Lead with the three hearts", previous.hook());
  }

  /** The stub answers each response once, in order, then keeps answering the last one. */
  private void sequence(String path, ResponseDefinitionBuilder... responses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = i == responses.length - 1 ? state : "attempt " + (i + 2);
      server.stubFor(ours(path).inScenario(channel + path).whenScenarioStateIs(state)
          .willReturn(responses[i]).willSetStateTo(next));
      state = next;
    }
  }

  /** Milliseconds between the starts of consecutive requests to the path. */
  private List<Long> gaps(String path) {
    List<Long> starts = server.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getUrl().startsWith(path)
            && event.getRequest().getBodyAsString().contains(channel))
        .map(ServeEvent::getRequest)
        .map(request -> request.getLoggedDate().getTime())
        .sorted(Comparator.naturalOrder())
        .toList();
    return IntStream.range(1, starts.size()).mapToObj(i -> starts.get(i) - starts.get(i - 1))
        .toList();
  }
}
