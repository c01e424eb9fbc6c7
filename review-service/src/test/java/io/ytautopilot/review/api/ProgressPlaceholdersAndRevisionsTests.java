package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.EVENT_TIMEOUT;
import static io.ytautopilot.review.api.Videos.as;
import static io.ytautopilot.review.api.Videos.awaitState;
import static io.ytautopilot.review.api.Videos.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.events.GenerationProgress;
import io.ytautopilot.events.GenerationStarted;
import io.ytautopilot.events.SceneFailure;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the reviewer sees beside the state: live generation progress (no transition, no new
 * version), the scenes production filled with placeholders, and what changed between script
 * revisions.
 */
@QuarkusTest
class ProgressPlaceholdersAndRevisionsTests {
  private static final String SHA = "beef".repeat(16);
  private final EventStreams streams = EventStreams.shared();
  private final String alice = Tokens.reviewer("alice", "demo");

  @Inject Pool database;

  @Test
  void progressOfTheCurrentGenerationShowsLiveWithoutAHistoryEntryOrANewVersion() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    streams.publish(Topics.GENERATION_STARTED, videoId, GenerationStarted.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setGeneration(1).setScenes(3).build());
    awaitState(videoId, "GENERATING");
    String etag = as(alice).get("/videos/{id}", videoId).then().body("progress", nullValue()).extract().header("ETag");

    Instant first = now();
    var sceneTwo = progress(videoId, 1, "SCENES", 2, 1, 66, 12, first.plusSeconds(2));
    streams.publish(Topics.GENERATION_PROGRESS, videoId, sceneTwo);
    await().atMost(EVENT_TIMEOUT).untilAsserted(() -> as(alice).get("/videos/{id}", videoId).then()
        .header("ETag", equalTo(etag))
        .body("state", equalTo("GENERATING"))
        .body("progress.generation", equalTo(1)).body("progress.stage", equalTo("SCENES"))
        .body("progress.scenesDone", equalTo(2)).body("progress.scenesFailed", equalTo(1))
        .body("progress.scenesTotal", equalTo(3)).body("progress.percent", equalTo(66))
        .body("progress.etaSeconds", equalTo(12)).body("progress.message", equalTo("scene 2 of 3"))
        .body("progress.at", equalTo(sceneTwo.getOccurredAt().toString())));

    // a report that is older than the kept one, one of another generation, and a redelivery change nothing
    var late = progress(videoId, 1, "SCENES", 1, 0, 33, null, first.plusSeconds(1));
    var otherGeneration = progress(videoId, 2, "ASSEMBLING", 3, 0, 95, 1, first.plusSeconds(3));
    streams.publish(Topics.GENERATION_PROGRESS, videoId, late);
    streams.publish(Topics.GENERATION_PROGRESS, videoId, otherGeneration);
    streams.publish(Topics.GENERATION_PROGRESS, videoId, sceneTwo);
    awaitHandled(late.getEventId());
    awaitHandled(otherGeneration.getEventId());
    as(alice).get("/videos/{id}", videoId).then().header("ETag", equalTo(etag))
        .body("progress.scenesDone", equalTo(2)).body("progress.percent", equalTo(66))
        .body("history.size()", equalTo(3));

    // a reviewer's decision on the version seen before the progress still goes through
    as(alice).header("If-Match", etag).body(Map.of("reason", "changed our mind")).post("/videos/{id}/cancel", videoId)
        .then().statusCode(200).body("state", equalTo("CANCELLED"))
        .body("progress.percent", equalTo(66)); // the last report stays visible afterwards
  }

  @Test
  void gate2ShowsWhichScenesArePlaceholdersAndWhyAndANewGenerationStartsWithoutProgress() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    streams.publish(Topics.GENERATION_PROGRESS, videoId, progress(videoId, 1, "ASSEMBLING", 3, 1, 95, 2, now()));
    var assets = Videos.assets(videoId, "demo", 1, SHA);
    assets.setPlaceholderScenes(List.of(SceneFailure.newBuilder().setIndex(2)
        .setError("every provider failed: openai-tts timed out; espeak-ng exited 1").build()));
    assets.setSubtitlesLocation("/media/" + videoId + "/subtitles.srt");
    assets.setFormat("SHORTS");
    assets.setWidth(1080);
    assets.setHeight(1920);
    streams.publish(Topics.ASSETS_GENERATED, videoId, assets);
    awaitState(videoId, "VIDEO_PENDING_REVIEW");

    await().atMost(EVENT_TIMEOUT).untilAsserted(() -> as(alice).get("/videos/{id}", videoId).then()
        .body("progress.stage", equalTo("ASSEMBLING")));
    as(alice).get("/videos/{id}", videoId).then()
        .body("assets.placeholderScenes.index", contains(2))
        .body("assets.placeholderScenes[0].error", equalTo("every provider failed: openai-tts timed out; espeak-ng exited 1"))
        .body("assets.subtitlesLocation", equalTo("/media/" + videoId + "/subtitles.srt"))
        .body("assets.format", equalTo("SHORTS"))
        .body("assets.width", equalTo(1080)).body("assets.height", equalTo(1920));

    as(alice).body(Map.of("scenes", List.of(2))).post("/videos/{id}/gate2/regenerate", videoId).then().statusCode(200)
        .body("generation", equalTo(2))
        .body("progress", nullValue()); // generation 1's report says nothing about generation 2
  }

  @Test
  void everyRevisionIsKeptAndGate1SeesWhatChangedWordByWord() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).body(Map.of("notes", "shorter title")).post("/videos/{id}/gate1/request-changes", videoId)
        .then().statusCode(200);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, Videos.draft(videoId, "demo", 2));
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");

    as(alice).get("/videos/{id}/revisions", videoId).then().statusCode(200)
        .body("script.revision", contains(1, 2))
        .body("script.author", contains("editorial-service", "editorial-service"))
        .body("script.title", contains("Why octopuses have three hearts", "Three hearts, one octopus"))
        .body("[1].script.answersNotes", equalTo("shorter title"));

    // by default: the previous revision against the current one
    var diff = as(alice).get("/videos/{id}/revisions/diff", videoId).then().statusCode(200)
        .body("from", equalTo(1)).body("to", equalTo(2)).extract().jsonPath();
    assertThat(diff.getList("fields.findAll { it.changed }.name")).containsExactly("title");
    assertThat(diff.getList("fields.find { it.name == 'title' }.segments", Map.class)).containsExactly(
        Map.of("op", "DELETE", "text", "Why octopuses have three"), Map.of("op", "INSERT", "text", "Three"),
        Map.of("op", "EQUAL", "text", " hearts"), Map.of("op", "INSERT", "text", ", one octopus"));
    assertThat(diff.getList("fields.name")).contains("description", "tags", "scene 1 narration",
        "scene 3 on-screen text", "scene 3 visual prompt");

    // the reviewer's edits at approval are a revision of their own
    as(alice).body(Map.of("title", "Three hearts, one octopus!", "scenes", List.of(
        Map.of("index", 1, "narration", "Octopuses have three hearts.", "visualPrompt", "an octopus, scene 1",
            "onScreenText", "Fact 1", "durationSeconds", 5))))
        .post("/videos/{id}/gate1/approve", videoId).then().statusCode(200).body("script.revision", equalTo(3));
    as(alice).get("/videos/{id}/revisions", videoId).then()
        .body("script.revision", contains(1, 2, 3)).body("[2].script.author", equalTo("alice"));
    var edits = as(alice).queryParam("from", 2).queryParam("to", 3).get("/videos/{id}/revisions/diff", videoId)
        .then().statusCode(200).extract().jsonPath();
    assertThat(edits.getList("fields.findAll { it.changed }.name")).containsExactly("title", "scene 2 narration",
        "scene 2 on-screen text", "scene 2 visual prompt", "scene 3 narration", "scene 3 on-screen text",
        "scene 3 visual prompt");
    assertThat(edits.getList("fields.find { it.name == 'scene 2 narration' }.segments.op")).containsExactly("DELETE");

    as(alice).queryParam("from", 9).get("/videos/{id}/revisions/diff", videoId).then().statusCode(400);
  }

  private void awaitHandled(String eventId) {
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> database
        .preparedQuery("select count(*) from inbox_event where event_id = $1").execute(Tuple.of(eventId))
        .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0) > 0);
  }

  private static GenerationProgress progress(String videoId, int generation, String stage, int done, int failed,
      int percent, Integer eta, Instant at) {
    return GenerationProgress.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(at)
        .setVideoId(videoId).setWorkspaceId("demo").setGeneration(generation).setStage(stage).setScenesDone(done)
        .setScenesFailed(failed).setScenesTotal(3).setPercent(percent).setEtaSeconds(eta)
        .setMessage("scene " + done + " of 3").build();
  }
}
