package io.ytautopilot.production.adapters.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.ytautopilot.production.adapters.media.MediaTools;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.ProviderFailure;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A voice-over chain as configured (premium → budget → local espeak-ng) against real local HTTP
 * servers: a failing provider is passed over after its retries, and the step is billed at the price of
 * the provider that served it.
 */
class ChainDegradationTests {
  private static final SceneScript SCENE = new SceneScript(1, "a".repeat(1000), "", "", 4);

  private final WireMockServer premium = server();
  private final WireMockServer budget = server();
  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    premium.start();
    budget.start();
  }

  @AfterEach
  void stop() {
    premium.stop();
    budget.stop();
  }

  @Test
  void whenPremiumAndBudgetFailTheLocalVoiceServesAndIsBilled() throws Exception {
    premium.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(500)));
    budget.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(429)));
    var catalog = catalog();

    var served = catalog.voiceOver().serve(provider -> provider.speak(SCENE, dir));

    assertThat(served.provider().name()).isEqualTo("espeak-ng");
    assertThat(Files.size(served.result())).isPositive();
    assertThat(served.passedOver()).extracting(ProviderFailure::provider).containsExactly("premium-tts", "budget-tts");
    assertThat(served.passedOver().get(0)).hasMessageContaining("answered HTTP 500").hasMessageEndingWith("(2 attempts)");
    assertThat(served.passedOver().get(1)).hasMessageContaining("answered HTTP 429");
    assertThat(premium.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/audio/speech")).build()).getCount())
        .isEqualTo(2);
    assertThat(billed(catalog, served.provider())).containsExactly(tuple("espeak-ng", 1.0, 0.015, 0.015));
  }

  @Test
  void whenPremiumFailsTheBudgetVoiceServesAndIsBilledAtItsPrice() throws Exception {
    byte[] speech = "RIFF-budget".getBytes(StandardCharsets.US_ASCII);
    premium.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(503)));
    budget.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200).withBody(speech)));

    var catalog = catalog();

    var served = catalog.voiceOver().serve(provider -> provider.speak(SCENE, dir));

    assertThat(served.provider().name()).isEqualTo("budget-tts");
    assertThat(served.result()).hasBinaryContent(speech);
    assertThat(served.passedOver()).extracting(ProviderFailure::provider).containsExactly("premium-tts");
    assertThat(billed(catalog, served.provider())).containsExactly(tuple("budget-tts", 1.0, 0.004, 0.004));
  }

  private ProviderCatalog catalog() {
    Map<String, String> config = new HashMap<>();
    config.putAll(tts("premium-tts", premium.baseUrl(), "0.03"));
    config.putAll(tts("budget-tts", budget.baseUrl(), "0.004"));
    config.put("yt.production.chains.voice-over", "premium-tts,budget-tts,espeak-ng");
    return new ProviderCatalog(TestSettings.read("test", config), new MediaTools(), TestGuards::builder);
  }

  /** The voice-over line of the scene's cost, as the service records it for the provider that served. */
  private static List<Tuple> billed(ProviderCatalog catalog, VoiceOverProvider voice) {
    return ProviderConfiguration.costEstimatorOf(catalog)
        .sceneWork(SCENE, voice, catalog.sceneVideo().preferred(), SCENE.plannedSeconds()).stream()
        .filter(line -> line.item().contains("voice-over"))
        .map(line -> tuple(line.provider(), line.units(), line.unitPrice(), line.cost())).toList();
  }

  private static Map<String, String> tts(String name, String baseUrl, String price) {
    String prefix = "yt.production.providers." + name + ".";
    return Map.of(prefix + "type", "openai-compatible", prefix + "base-url", baseUrl, prefix + "model", "tts-1",
        prefix + "voice", "alloy", prefix + "max-retries", "1", prefix + "retry-delay", "10ms",
        prefix + "price-per-unit", price);
  }

  private static WireMockServer server() {
    return new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
  }
}
