package io.ytautopilot.review.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.SceneClip;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The review service over the real local broker, registry and PostgreSQL, driven through HTTP. */
@QuarkusTest
class ReviewGatesTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  private final EventStreams streams = EventStreams.shared();

  @Inject Pool database;



  @Test
  void aVideoWalksBothGatesAndEveryDecisionBecomesAnEvent() {
    String videoId = draftedVideo("demo");

    String etag = given().get("/videos/{id}", videoId).then().statusCode(200).extract().header("ETag");
    assertThat(etag).isEqualTo("\"0\"");
    given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("reviewer", "alice", "comment", "good hook"))
        .post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(200).header("ETag", "\"1\"")
        .body("state", equalTo("READY_FOR_GENERATION")).body("version", equalTo(1));

    ScriptApproved approved = streams.<ScriptApproved>awaitRecord(Topics.SCRIPT_APPROVED, videoId, EVENT_TIMEOUT).value();
    assertThat(approved.getApprovedBy()).isEqualTo("alice");
    assertThat(approved.getComment()).isEqualTo("good hook");
    assertThat(approved.getWorkspaceId()).isEqualTo("demo");
    assertThat(approved.getTitle()).isEqualTo("Why octopuses have three hearts");
    assertThat(approved.getScenes()).extracting(Scene::getIndex).containsExactly(1, 2, 3);

    streams.publish(Topics.ASSETS_GENERATED, videoId, assets(videoId));
    awaitState(videoId, "VIDEO_PENDING_REVIEW");

    given().contentType(ContentType.JSON).body(Map.of("reviewer", "bob"))
        .post("/videos/{id}/gate2/approve", videoId)
        .then().statusCode(200).body("state", equalTo("READY_FOR_PUBLISH"));

    VideoApproved published = streams.<VideoApproved>awaitRecord(Topics.VIDEO_APPROVED, videoId, EVENT_TIMEOUT).value();
    assertThat(published.getScriptApprovedBy()).isEqualTo("alice");
    assertThat(published.getVideoApprovedBy()).isEqualTo("bob");
    assertThat(published.getVideoLocation()).isEqualTo("/media/" + videoId + "/video.mp4");

    streams.publish(Topics.VIDEO_PUBLISHED, videoId, VideoPublished.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setTarget("export").setLocation("/export/" + videoId).setPublishedAt(now()).build());
    awaitState(videoId, "PUBLISHED");

    List<Map<String, Object>> history = given().get("/videos/{id}", videoId).then().statusCode(200)
        .extract().jsonPath().getList("history");
    assertThat(history).extracting(entry -> entry.get("to")).containsExactly("SCRIPT_PENDING_REVIEW",
        "READY_FOR_GENERATION", "VIDEO_PENDING_REVIEW", "READY_FOR_PUBLISH", "PUBLISHED");
    assertThat(history).extracting(entry -> entry.get("actor")).containsExactly("editorial-service", "alice",
        "production-service", "bob", "publish-service");

    List<Map<String, Object>> audit = given().get("/videos/{id}/history", videoId).then().statusCode(200)
        .extract().jsonPath().getList("$");
    assertThat(audit).isEqualTo(history);
    assertThat(audit).extracting(entry -> entry.get("eventId")).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(audit.get(1).get("eventId")).isEqualTo(approved.getEventId());
    assertThat(audit.get(3).get("eventId")).isEqualTo(published.getEventId());
    given().get("/videos/{id}/history", UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void gate2CannotBeApprovedBeforeTheScriptIsApprovedAndRendered() {
    String videoId = draftedVideo("demo");

    given().contentType(ContentType.JSON).body(Map.of("reviewer", "mallory"))
        .post("/videos/{id}/gate2/approve", videoId)
        .then().statusCode(409)
        .body("error", equalTo("illegal-transition"))
        .body("state", equalTo("SCRIPT_PENDING_REVIEW"))
        .body("message", containsString("approve the video (Gate 2)"));

    assertThat(outboxRows(videoId)).isZero();
    given().get("/videos/{id}", videoId).then().body("state", equalTo("SCRIPT_PENDING_REVIEW"))
        .body("version", equalTo(0));
  }

  @Test
  void concurrentApprovalsOfOneVideoLetExactlyOneWin() throws Exception {
    String videoId = draftedVideo("demo");
    int reviewers = 8;
    List<Callable<Integer>> approvals = new ArrayList<>();
    for (int i = 0; i < reviewers; i++) {
      String reviewer = "reviewer-" + i;
      approvals.add(() -> given().contentType(ContentType.JSON).body(Map.of("reviewer", reviewer))
          .post("/videos/{id}/gate1/approve", videoId).statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    var pool = Executors.newFixedThreadPool(reviewers);
    try {
      for (var result : pool.invokeAll(approvals)) {
        statuses.add(result.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    // the losers' outbox rows were rolled back with their state changes
    assertThat(outboxRows(videoId)).isEqualTo(1);
    List<Map<String, Object>> history = given().get("/videos/{id}", videoId).then().extract().jsonPath().getList("history");
    assertThat(history).hasSize(2);
    streams.awaitRecord(Topics.SCRIPT_APPROVED, videoId, EVENT_TIMEOUT);
    assertThat(streams.countWithKey(Topics.SCRIPT_APPROVED, videoId, Duration.ofSeconds(3))).isEqualTo(1);
  }

  @Test
  void aDecisionOnAStaleVersionChangesNothing() {
    String videoId = draftedVideo("demo");

    given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("reviewer", "alice"))
        .post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(412).body("error", equalTo("stale-version"))
        .body("state", equalTo("SCRIPT_PENDING_REVIEW"))
        .body("message", containsString("version 0, not 7"));
    given().contentType(ContentType.JSON).header("If-Match", "latest").body(Map.of("reviewer", "alice"))
        .post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(400).body("message", containsString("If-Match"));

    assertThat(outboxRows(videoId)).isZero();
    given().get("/videos/{id}", videoId).then().body("state", equalTo("SCRIPT_PENDING_REVIEW"));
  }

  @Test
  void aRedeliveredDraftOpensOneReview() {
    String videoId = UUID.randomUUID().toString();
    String workspace = "redelivery-" + videoId;
    ScriptDrafted draft = draft(videoId, workspace);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft);
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");
    await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

    given().queryParam("workspace", workspace).get("/videos").then().statusCode(200).body("size()", equalTo(1));
    given().get("/videos/{id}", videoId).then().body("history.size()", equalTo(1));
  }

  @Test
  void badInputIsA4xxThatNamesTheProblem() {
    String videoId = draftedVideo("demo");
    given().contentType(ContentType.JSON).body(Map.of("comment", "no name"))
        .post("/videos/{id}/gate1/approve", videoId).then().statusCode(400);
    given().contentType(ContentType.JSON).body("{}")
        .post("/videos/{id}/gate1/approve", UUID.randomUUID()).then().statusCode(400);
    given().contentType(ContentType.JSON).body(Map.of("reviewer", "alice"))
        .post("/videos/{id}/gate1/approve", UUID.randomUUID()).then().statusCode(404)
        .body("error", equalTo("not-found"));
    given().get("/videos/not-a-uuid").then().statusCode(404);
    given().get("/videos?state=NOT_A_STATE").then().statusCode(404);
  }

  private String draftedVideo(String workspace) {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft(videoId, workspace));
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");
    return videoId;
  }

  private static void awaitState(String videoId, String state) {
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
      var response = given().get("/videos/{id}", videoId);
      return response.statusCode() == 200 && state.equals(response.jsonPath().getString("state"));
    });
  }

  private long outboxRows(String videoId) {
    return database.preparedQuery("select count(*) from outbox_event where aggregate_id = $1")
        .execute(Tuple.of(videoId)).await().atMost(Duration.ofSeconds(10))
        .iterator().next().getLong(0);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  static ScriptDrafted draft(String videoId, String workspace) {
    return ScriptDrafted.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(videoId).setWorkspaceId(workspace).setRevision(1)
        .setTopic("octopus hearts").setTitle("Why octopuses have three hearts")
        .setDescription("A short explainer").setTags(List.of("octopus", "biology"))
        .setHook("One heart is not enough.").setCallToAction("Subscribe for more.")
        .setScenes(List.of(
            scene(1, "Octopuses have three hearts."),
            scene(2, "Two pump blood through the gills."),
            scene(3, "The third stops when they swim.")))
        .build();
  }

  private static Scene scene(int index, String narration) {
    return Scene.newBuilder().setIndex(index).setNarration(narration).setVisualPrompt("an octopus, scene " + index)
        .setOnScreenText("Fact " + index).setDurationSeconds(5).build();
  }

  private static AssetsGenerated assets(String videoId) {
    return AssetsGenerated.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setVideoLocation("/media/" + videoId + "/video.mp4").setVideoDurationSeconds(15.2).setVideoSizeBytes(123456)
        .setVoiceOverLocation("/media/" + videoId + "/voice-over.wav")
        .setThumbnailLocation("/media/" + videoId + "/thumbnail.png")
        .setClips(List.of(SceneClip.newBuilder().setIndex(1).setLocation("/media/" + videoId + "/scene-1.mp4")
            .setDurationSeconds(15.2).setSizeBytes(100000).build()))
        .build();
  }
}
