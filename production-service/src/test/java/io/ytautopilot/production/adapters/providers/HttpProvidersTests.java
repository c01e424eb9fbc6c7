package io.ytautopilot.production.adapters.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ProviderFailure;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each HTTP provider against a real local HTTP server standing in for the paid service. */
class HttpProvidersTests {
  private static final byte[] SPEECH = "RIFF-fake-wav-bytes".getBytes(StandardCharsets.US_ASCII);
  private static final SceneScript SCENE = new SceneScript(1, "Octopuses have three hearts.", "Three hearts",
      "an octopus in deep blue water", 4);
  private static final MediaFormat LONG = new MediaFormat(MediaFormat.Kind.LONG, 640, 360);

  private final WireMockServer server = new WireMockServer(
      WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void speechIsPostedInTheOpenAiShapeWithTheKeyAndItsBodyBecomesTheVoiceOver() throws Exception {
    server.stubFor(speech().willReturn(aResponse().withStatus(200).withBody(SPEECH)));

    Path wav = voiceOver(3, Duration.ofSeconds(5)).speak(SCENE, dir);

    assertThat(wav).isEqualTo(dir.resolve("scene-1-voice.wav")).hasBinaryContent(SPEECH);
    server.verify(1, postRequestedFor(urlEqualTo("/v1/audio/speech"))
        .withHeader("Authorization", equalTo("Bearer sk-test"))
        .withRequestBody(equalToJson("""
            {"model": "tts-1", "input": "Octopuses have three hearts.", "voice": "alloy", "response_format": "wav"}
            """)));
  }

  @Test
  void aServerErrorIsRetriedAndTheNextAttemptServes() throws Exception {
    server.stubFor(speech().inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500).withBody("overloaded")).willSetStateTo("recovered"));
    server.stubFor(speech().inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(200).withBody(SPEECH)));

    Path wav = voiceOver(3, Duration.ofSeconds(5)).speak(SCENE, dir);

    assertThat(wav).hasBinaryContent(SPEECH);
    assertThat(speechRequests()).isEqualTo(2);
  }

  @Test
  void aServerErrorThatPersistsFailsAfterEveryRetryNamingTheStatus() {
    server.stubFor(speech().willReturn(aResponse().withStatus(503).withBody("{\"error\":\"down for maintenance\"}")));

    assertThatThrownBy(() -> voiceOver(2, Duration.ofSeconds(5)).speak(SCENE, dir))
        .isInstanceOfSatisfying(ProviderFailure.class, e -> assertThat(e.provider()).isEqualTo("premium-tts"))
        .hasMessageStartingWith("premium-tts: POST " + server.baseUrl() + "/v1/audio/speech answered HTTP 503")
        .hasMessageContaining("down for maintenance")
        .hasMessageEndingWith("(3 attempts)");
    assertThat(speechRequests()).isEqualTo(3);
  }

  @Test
  void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
    server.stubFor(speech().inScenario("limited").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("allowed"));
    server.stubFor(speech().inScenario("limited").whenScenarioStateIs("allowed")
        .willReturn(aResponse().withStatus(200).withBody(SPEECH)));
    long started = System.nanoTime();

    voiceOver(3, Duration.ofSeconds(5)).speak(SCENE, dir);

    // the provider's own first delay is 10 ms: only Retry-After explains a second's wait
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(speechRequests()).isEqualTo(2);
  }

  @Test
  void aRetryAfterLongerThanTheTimeoutIsCapped() {
    server.stubFor(speech().willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    long started = System.nanoTime();

    assertThatThrownBy(() -> voiceOver(1, Duration.ofMillis(400)).speak(SCENE, dir))
        .hasMessageContaining("answered HTTP 429").hasMessageEndingWith("(2 attempts)");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aRequestThatOutlivesTheTimeoutIsCutOffAndRetried() {
    server.stubFor(speech().willReturn(aResponse().withStatus(200).withBody(SPEECH).withFixedDelay(3_000)));
    long started = System.nanoTime();

    assertThatThrownBy(() -> voiceOver(1, Duration.ofMillis(300)).speak(SCENE, dir))
        .isInstanceOf(ProviderFailure.class)
        .hasMessage("premium-tts: POST " + server.baseUrl() + "/v1/audio/speech timed out after 300 ms (2 attempts)");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    assertThat(speechRequests()).isEqualTo(2);
  }

  @Test
  void aClientErrorIsNotRetried() {
    server.stubFor(speech().willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid api key\"}")));

    assertThatThrownBy(() -> voiceOver(3, Duration.ofSeconds(5)).speak(SCENE, dir))
        .hasMessageContaining("answered HTTP 401: {\"error\":\"invalid api key\"} (not retried)");
    assertThat(speechRequests()).isEqualTo(1);
  }

  @Test
  void aProviderThatCannotBeReachedIsRetriedThenFails() {
    var unreachable = new OpenAiVoiceOver(http("budget-tts", URI.create("http://127.0.0.1:9"), 2, Duration.ofSeconds(2)),
        "tts-1", "alloy", 0.004);

    assertThatThrownBy(() -> unreachable.speak(SCENE, dir))
        .hasMessageStartingWith("budget-tts: POST http://127.0.0.1:9/v1/audio/speech failed: java.net.ConnectException")
        .hasMessageEndingWith("(3 attempts)");
  }

  @Test
  void aThumbnailIsDecodedFromTheImageModelsBase64Answer() throws Exception {
    BufferedImage picture = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
    var png = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", png);
    server.stubFor(post("/v1/images/generations").willReturn(okJson(
        "{\"created\": 1, \"data\": [{\"b64_json\": \"" + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"}]}")));
    var images = new OpenAiThumbnail(http("images", URI.create(server.baseUrl()), 3, Duration.ofSeconds(5)),
        "gpt-image-1", 0.04);

    Path thumbnail = images.draw("Three facts about octopuses", new MediaFormat(MediaFormat.Kind.SHORTS, 360, 640), dir);

    assertThat(thumbnail).isEqualTo(dir.resolve("thumbnail.png")).hasBinaryContent(png.toByteArray());
    server.verify(postRequestedFor(urlEqualTo("/v1/images/generations"))
        .withRequestBody(equalToJson("{\"model\": \"gpt-image-1\", \"size\": \"1024x1792\","
            + " \"response_format\": \"b64_json\"}", true, true)));
  }

  @Test
  void anImageAnswerWithoutAnImageFails() {
    server.stubFor(post("/v1/images/generations").willReturn(okJson("{\"data\": [{\"b64_json\": \""
        + Base64.getEncoder().encodeToString("not an image".getBytes(StandardCharsets.UTF_8)) + "\"}]}")));
    var images = new OpenAiThumbnail(http("images", URI.create(server.baseUrl()), 0, Duration.ofSeconds(5)),
        "gpt-image-1", 0.04);

    assertThatThrownBy(() -> images.draw("Title", LONG, dir))
        .hasMessage("images: delivered 12 bytes that are no PNG or JPEG image");
  }

  @Test
  void aVideoJobIsSubmittedPolledUntilDoneAndItsRelativeVideoUrlDownloaded() throws Exception {
    byte[] video = "fake mp4 bytes".getBytes(StandardCharsets.US_ASCII);
    server.stubFor(post("/api/jobs").willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"job-1\"}")));
    pollAnswers("job-1", "{\"status\": \"queued\"}", "{\"status\": \"running\"}",
        "{\"status\": \"succeeded\", \"videoUrl\": \"files/job-1.mp4\"}");
    server.stubFor(get("/api/files/job-1.mp4").willReturn(aResponse().withStatus(200).withBody(video)));

    Path picture = videoProvider(Duration.ofSeconds(10)).render(SCENE, 1, LONG, 4.5, dir);

    assertThat(picture).isEqualTo(dir.resolve("scene-1-picture.mp4")).hasBinaryContent(video);
    server.verify(postRequestedFor(urlEqualTo("/api/jobs"))
        .withHeader("Authorization", equalTo("Bearer sk-test"))
        .withRequestBody(equalToJson("""
            {"prompt": "an octopus in deep blue water", "onScreenText": "Three hearts", "seconds": 4.5,
             "width": 640, "height": 360}
            """)));
    server.verify(3, getRequestedFor(urlEqualTo("/api/jobs/job-1")));
    server.verify(1, getRequestedFor(urlEqualTo("/api/files/job-1.mp4")));
  }

  @Test
  void aFailedVideoJobFailsTheProviderWithTheJobsError() {
    server.stubFor(post("/api/jobs").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"job-2\"}")));
    pollAnswers("job-2", "{\"status\": \"running\"}", "{\"status\": \"failed\", \"error\": \"content policy\"}");

    assertThatThrownBy(() -> videoProvider(Duration.ofSeconds(10)).render(SCENE, 1, LONG, 4, dir))
        .isInstanceOf(ProviderFailure.class)
        .hasMessage("text-to-video: job job-2 of scene 1 failed: content policy");
  }

  @Test
  void aVideoJobNotDoneWithinTheTimeoutFails() {
    server.stubFor(post("/api/jobs").willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"job-3\"}")));
    server.stubFor(get("/api/jobs/job-3").willReturn(okJson("{\"status\": \"running\"}")));
    long started = System.nanoTime();

    assertThatThrownBy(() -> videoProvider(Duration.ofSeconds(1)).render(SCENE, 1, LONG, 4, dir))
        .hasMessage("text-to-video: job job-3 of scene 1 was not done after 1000 ms (last status running)");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(server.countRequestsMatching(getRequestedFor(urlEqualTo("/api/jobs/job-3")).build()).getCount())
        .isGreaterThan(3);
  }

  private MappingBuilder speech() {
    return post("/v1/audio/speech");
  }

  private int speechRequests() {
    return server.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/audio/speech")).build()).getCount();
  }

  /** Answers the job's status requests in this order, the last one from then on. */
  private void pollAnswers(String id, String... answers) {
    for (int i = 0; i < answers.length; i++) {
      server.stubFor(get("/api/jobs/" + id).inScenario(id).whenScenarioStateIs(i == 0 ? STARTED : "poll " + i)
          .willReturn(okJson(answers[i])).willSetStateTo(i == answers.length - 1 ? "poll " + i : "poll " + (i + 1)));
    }
  }

  private OpenAiVoiceOver voiceOver(int maxRetries, Duration timeout) {
    return new OpenAiVoiceOver(http("premium-tts", URI.create(server.baseUrl()), maxRetries, timeout), "tts-1", "alloy",
        0.03);
  }

  private JobPollingSceneVideo videoProvider(Duration timeout) {
    return new JobPollingSceneVideo(http("text-to-video", URI.create(server.baseUrl() + "/api"), 2, timeout),
        Duration.ofMillis(50), 0.5);
  }

  static ProviderHttp http(String name, URI baseUrl, int maxRetries, Duration timeout) {
    return new ProviderHttp(name, baseUrl, Optional.of("sk-test"), timeout, maxRetries, Duration.ofMillis(10),
        TestGuards::builder);
  }
}
