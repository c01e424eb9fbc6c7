package io.ytautopilot.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.path.json.JsonPath;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.testsupport.EventStreams;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * production-service killed with SIGKILL in the middle of a 10-scene video, then started again: the
 * render resumes at the first unfinished scene, and no scene finished before the crash is paid for
 * twice. The voice-over comes from a paid provider's HTTP API (a local stand-in that counts its
 * calls, one per scene's narration). This production-service runs on topics and a database of its
 * own, beside the shared system.
 */
class ProductionCrashIT {
  private static final String APPROVALS = "crash-test.script.approved";
  private static final String DATABASE = "production_crash_system";
  private static final int SCENES = 10;
  private static final int PLANNED_SECONDS = 2;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static WireMockServer paidVoiceOver;
  private static ServiceProcess production;

  @BeforeAll
  static void startProductionWithAPaidVoiceOverProvider() throws Exception {
    paidVoiceOver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    paidVoiceOver.start();
    // slow enough that the crash lands mid-video: about 1.2 s per narration, two scenes at a time
    paidVoiceOver.stubFor(post(urlEqualTo("/v1/audio/speech")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "audio/wav").withBody(silentWav(1.0)).withFixedDelay(1200)));

    PipelineSystem.resetDatabase(DATABASE);
    var properties = new LinkedHashMap<String, String>();
    properties.put("kafka.bootstrap.servers", PipelineSystem.TEST_STACK_KAFKA);
    properties.put("yt.registry.url", PipelineSystem.REGISTRY);
    properties.put("yt.database.host", PipelineSystem.DATABASE_HOST);
    properties.put("yt.database.name", DATABASE);
    properties.put("yt.media.dir", PipelineSystem.WORK.resolve("crash-media").toString());
    // topics of its own, so the shared system's production-service and this one never share work
    for (String channel : List.of("script-drafted", "script-approved", "scenes-regeneration-requested",
        "video-cancelled")) {
      properties.put("mp.messaging.incoming." + channel + ".topic", "crash-test." + channel);
    }
    properties.put("mp.messaging.incoming.script-approved.topic", APPROVALS);
    properties.put("yt.production.providers.paid-tts.type", "openai-compatible");
    properties.put("yt.production.providers.paid-tts.base-url", paidVoiceOver.baseUrl());
    properties.put("yt.production.providers.paid-tts.model", "tts-test");
    properties.put("yt.production.providers.paid-tts.voice", "alloy");
    properties.put("yt.production.providers.paid-tts.max-retries", "0");
    properties.put("yt.production.providers.paid-tts.price-per-unit", "0.015");
    properties.put("yt.production.chains.voice-over", "paid-tts");
    properties.put("yt.production.scenes.parallelism", "2");
    production = ServiceProcess.start(PipelineSystem.ROOT, "production-service", properties,
        PipelineSystem.WORK.resolve("logs/crash"));
    production.awaitReady(Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (production != null) {
      production.close();
    }
    if (paidVoiceOver != null) {
      paidVoiceOver.stop();
    }
  }

  @Test
  void aKilledRenderResumesAtTheFirstUnfinishedSceneAndPaysForNoFinishedSceneTwice() throws Exception {
    String videoId = UUID.randomUUID().toString();
    try (var streams = EventStreams.of(PipelineSystem.TEST_STACK_KAFKA, PipelineSystem.REGISTRY)) {
      streams.publish(APPROVALS, videoId, approval(videoId));
    }

    List<Integer> finishedBeforeCrash = await("three scenes checkpointed").atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> checkpointedScenes(videoId), done -> done.size() >= 3);
    long rssWhileRendering = production.rssMiB();
    production.kill();
    int callsBeforeCrash = calls().values().stream().mapToInt(Integer::intValue).sum();
    List<Integer> checkpointedAtCrash = clipsInDatabase(videoId);
    assertThat(checkpointedAtCrash).as("the crash came before the end").hasSizeLessThan(SCENES);

    Instant restarted = Instant.now();
    production = production.restart();
    production.awaitReady(Duration.ofSeconds(120));
    JsonPath done = await("the video is produced after the restart").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> job(videoId), job -> "DONE".equals(job.getString("state")));

    Map<Integer, Integer> calls = calls();
    System.out.printf("crash-resume: %d scenes checkpointed when killed (%s), %d provider calls before the crash,"
            + " %d in all; calls per scene %s; resumed and done %d ms after the restart; RSS while rendering"
            + " %d MiB%n",
        checkpointedAtCrash.size(), checkpointedAtCrash, callsBeforeCrash, calls.values().stream()
            .mapToInt(Integer::intValue).sum(), calls, Duration.between(restarted, Instant.now()).toMillis(),
        rssWhileRendering);
    assertThat(finishedBeforeCrash).isSubsetOf(checkpointedAtCrash);
    checkpointedAtCrash.forEach(scene -> assertThat(calls.get(scene))
        .as("scene %d was finished before the crash: its voice-over is paid for once", scene).isEqualTo(1));
    assertThat(calls.keySet()).as("every scene was voiced").containsExactlyElementsOf(
        IntStream.rangeClosed(1, SCENES).boxed().toList());
    // a scene in flight when the process died (at most the parallelism) is the only one voiced twice
    assertThat(calls.values().stream().filter(count -> count > 1).count()).isLessThanOrEqualTo(2);
    assertThat(done.getList("clips.index", Integer.class)).hasSize(SCENES);
    assertThat(done.getInt("generation")).isEqualTo(1);
    double duration = done.getDouble("output.durationSeconds");
    assertThat(duration).as("the video lasts its plan, within 10 %")
        .isBetween(0.9 * SCENES * PLANNED_SECONDS, 1.1 * SCENES * PLANNED_SECONDS);
    assertThat(Path.of(done.getString("output.video"))).isRegularFile();
  }

  private static List<Integer> checkpointedScenes(String videoId) {
    var response = given().get(production.baseUrl() + "/productions/" + videoId);
    return response.statusCode() == 200 ? response.jsonPath().getList("clips.index", Integer.class) : List.of();
  }

  /** What the killed process had recorded: read from its database, since it answers no more. */
  private static List<Integer> clipsInDatabase(String videoId) throws Exception {
    try (var connection = java.sql.DriverManager.getConnection(
            "jdbc:postgresql://" + PipelineSystem.DATABASE_HOST + "/" + DATABASE, "ytap", "ytap");
        var query = connection.prepareStatement(
            "select scene_index from production_clip where video_id = ? order by scene_index")) {
      query.setObject(1, UUID.fromString(videoId));
      var scenes = new java.util.ArrayList<Integer>();
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          scenes.add(rows.getInt(1));
        }
      }
      return scenes;
    }
  }

  private static JsonPath job(String videoId) {
    return given().get(production.baseUrl() + "/productions/" + videoId).then().statusCode(200).extract().jsonPath();
  }

  /** How often the paid provider was asked to voice each scene (the narration names its scene). */
  private static Map<Integer, Integer> calls() {
    return paidVoiceOver.findAll(postRequestedFor(urlEqualTo("/v1/audio/speech"))).stream()
        .map(request -> {
          try {
            String input = JSON.readTree(request.getBodyAsString()).path("input").asText();
            return Integer.parseInt(input.replaceAll("\\D+", " ").strip().split(" ")[0]);
          } catch (Exception e) {
            throw new IllegalStateException("not a speech request: " + request.getBodyAsString(), e);
          }
        })
        .collect(Collectors.toMap(scene -> scene, scene -> 1, Integer::sum, TreeMap::new));
  }

  private static ScriptApproved approval(String videoId) {
    List<Scene> scenes = IntStream.rangeClosed(1, SCENES)
        .mapToObj(index -> Scene.newBuilder().setIndex(index)
            .setNarration("Scene " + index + " of the crash test.")
            .setVisualPrompt("A calm sea, take " + index)
            .setOnScreenText("Scene " + index)
            .setDurationSeconds(PLANNED_SECONDS)
            .build())
        .toList();
    return ScriptApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now())
        .setVideoId(videoId)
        .setWorkspaceId("crash-test")
        .setRevision(1)
        .setGeneration(1)
        .setTitle("Ten scenes, one crash")
        .setScenes(scenes)
        .setApprovedBy("alice")
        .build();
  }

  /** A valid PCM WAV file (16 kHz, mono, 16 bit) of silence: what a text-to-speech API returns. */
  private static byte[] silentWav(double seconds) {
    int sampleRate = 16_000;
    int dataBytes = (int) (seconds * sampleRate) * 2;
    var header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes())
        .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
        .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
        .put("data".getBytes()).putInt(dataBytes);
    var wav = new ByteArrayOutputStream();
    wav.writeBytes(header.array());
    wav.writeBytes(new byte[dataBytes]);
    return wav.toByteArray();
  }
}
