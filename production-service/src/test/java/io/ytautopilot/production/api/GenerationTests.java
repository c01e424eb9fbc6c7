package io.ytautopilot.production.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.GenerationFailed;
import io.ytautopilot.events.GenerationProgress;
import io.ytautopilot.events.SceneClip;
import io.ytautopilot.events.SceneFailure;
import io.ytautopilot.events.ScenesRegenerationRequested;
import io.ytautopilot.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A generation as the Gate 2 reviewer and the console see it, over the real broker, registry and
 * PostgreSQL with the local providers: live progress, the success threshold with marked placeholders,
 * the workspace's budget and format. Budgets and formats of the %test workspaces are in
 * application.properties.
 */
@QuarkusTest
class GenerationTests extends ProductionServiceTest {
  @Test
  void progressIsReportedFromTheQueueThroughEachSceneToAssembling() {
    String videoId = UUID.randomUUID().toString();
    try (ConsumerTask<String, GenerationProgress> progress = streams.read(Topics.GENERATION_PROGRESS)) {
      streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "demo", 4));
      awaitEvent(Topics.ASSETS_GENERATED, videoId, event -> true);

      List<GenerationProgress> reports = await().atMost(Duration.ofSeconds(20))
          .until(() -> valuesOf(progress, videoId), found -> found.stream()
              .anyMatch(report -> report.getStage().equals("ASSEMBLING")));
      assertThat(reports.get(0).getStage()).isEqualTo("QUEUED");
      assertThat(reports.get(0).getPercent()).isZero();
      assertThat(reports).extracting(GenerationProgress::getStage)
          .containsSubsequence("QUEUED", "SCENES", "SCENES", "SCENES", "SCENES", "ASSEMBLING");
      assertThat(reports).extracting(GenerationProgress::getPercent).isSorted();
      assertThat(reports).allSatisfy(report -> {
        assertThat(report.getGeneration()).isEqualTo(1);
        assertThat(report.getScenesTotal()).isEqualTo(4);
      });
      var scenes = reports.stream().filter(report -> report.getStage().equals("SCENES")).toList();
      assertThat(scenes).extracting(GenerationProgress::getScenesDone).containsExactly(1, 2, 3, 4);
      assertThat(scenes.get(scenes.size() - 1).getMessage()).isEqualTo("scene 4 of 4");
      assertThat(scenes).allSatisfy(report -> assertThat(report.getEtaSeconds()).isNotNull());
      assertThat(reports.get(reports.size() - 1).getPercent()).isEqualTo(90);
    }
  }

  @Test
  void aVideoWithEnoughScenesGoesToGate2WithAMarkedPlaceholderThatARegenerationReplaces() throws Exception {
    String videoId = UUID.randomUUID().toString();
    Path obstacle = blockScene(videoId, 3);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "demo", 5));

    AssetsGenerated assets = awaitEvent(Topics.ASSETS_GENERATED, videoId, event -> true);

    // 4 of 5 is the 80 % threshold
    assertThat(assets.getPlaceholderScenes()).extracting(SceneFailure::getIndex).containsExactly(3);
    assertThat(assets.getPlaceholderScenes().get(0).getError())
        .startsWith("every voice-over provider failed: espeak-ng: ").contains("wrote no audio to")
        .contains("scene-3-voice.wav");
    assertThat(assets.getClips()).extracting(SceneClip::getIndex).containsExactly(1, 2, 3, 4, 5);
    assertThat(Path.of(assets.getVideoLocation())).isRegularFile();
    assertThat(srtCues(Path.of(assets.getSubtitlesLocation()))).isEqualTo(5);
    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("placeholders.3", org.hamcrest.Matchers.containsString("espeak-ng wrote no audio"))
        .body("clips.index", org.hamcrest.Matchers.contains(1, 2, 4, 5));

    Files.delete(obstacle);
    streams.publish(Topics.SCENES_REGENERATION_REQUESTED, videoId, ScenesRegenerationRequested.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setGeneration(2).setScenes(List.of(3)).setRequestedBy("bob").build());

    AssetsGenerated regenerated = awaitEvent(Topics.ASSETS_GENERATED, videoId, event -> event.getGeneration() == 2);
    assertThat(regenerated.getPlaceholderScenes()).isEmpty();
    assertThat(regenerated.getCostLines()).extracting(io.ytautopilot.events.CostLine::getItem)
        .as("only the placeholder's scene is rendered and paid for")
        .containsExactly("scene 3 voice-over (1k characters)", "scene 3 clip (seconds)", "thumbnail (images)",
            "assembly (videos)");
  }

  @Test
  void belowTheThresholdTheGenerationFailsNamingEachFailedScene() throws Exception {
    String videoId = UUID.randomUUID().toString();
    blockScene(videoId, 2);
    blockScene(videoId, 4);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "demo", 5));

    GenerationFailed failed = awaitEvent(Topics.GENERATION_FAILED, videoId, event -> true);

    assertThat(failed.getReason()).startsWith("only 3 of 5 scenes were generated, 4 needed (success threshold 0.8)");
    assertThat(failed.getFailedScenes()).extracting(SceneFailure::getIndex).containsExactly(2, 4);
    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("clips.index", org.hamcrest.Matchers.contains(1, 3, 5));
  }

  @Test
  void aVideoOverItsWorkspaceBudgetIsNotStarted() {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "tight-budget", 3));

    GenerationFailed failed = awaitEvent(Topics.GENERATION_FAILED, videoId, event -> true);

    assertThat(failed.getReason()).startsWith("over budget: generating it is estimated at $0.63")
        .contains("workspace tight-budget has $0.50 left of its $0.50 monthly budget");
    assertThat(failed.getActualCost()).isZero();
    assertThat(mediaDir(videoId)).doesNotExist();
    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("attempts", equalTo(0));
  }

  @Test
  void aShortsWorkspaceGetsAPortraitVideo() throws Exception {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "shorts-demo", 2));

    AssetsGenerated assets = awaitEvent(Topics.ASSETS_GENERATED, videoId, event -> true);

    assertThat(assets.getFormat()).isEqualTo("SHORTS");
    assertThat(List.of(assets.getWidth(), assets.getHeight())).containsExactly(360, 640);
    assertThat(probe(Path.of(assets.getVideoLocation()), "stream=width,height", "v:0")).isEqualTo("360,640");
    assertThat(Double.parseDouble(probe(Path.of(assets.getVideoLocation()), "format=duration", null)))
        .as("two scenes of 4 s planned").isBetween(7.2, 8.8);
  }

  private static Path blockScene(String videoId, int scene) throws Exception {
    // a directory where the scene's voice-over goes: espeak-ng cannot write it
    return Files.createDirectories(mediaDir(videoId).resolve("scene-" + scene + "-voice.wav"));
  }

  private static int srtCues(Path srt) throws Exception {
    return (int) Files.readAllLines(srt, StandardCharsets.UTF_8).stream().filter(line -> line.contains(" --> "))
        .count();
  }

  private static String probe(Path media, String entries, String stream) throws Exception {
    var command = new java.util.ArrayList<>(List.of("ffprobe", "-v", "error"));
    if (stream != null) {
      command.addAll(List.of("-select_streams", stream));
    }
    command.addAll(List.of("-show_entries", entries, "-of", "csv=p=0", media.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor()).as("ffprobe: %s", output).isZero();
    return output;
  }

  private static Path mediaDir(String videoId) {
    return Path.of(ConfigProvider.getConfig().getValue("yt.media.dir", String.class)).resolve(videoId);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
