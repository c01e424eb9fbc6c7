package io.ytautopilot.review.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.BrandIdentity;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.SceneClip;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.WorkspaceConfigured;
import io.ytautopilot.testsupport.EventStreams;
import io.ytautopilot.testsupport.PrometheusMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Drafted videos on the real broker, and HTTP calls as a given reviewer. */
final class Videos {
  static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  /** The SHA-256 of every thumbnail production reports here. */
  static final String THUMBNAIL_SHA = "7a".repeat(32);
  private static final String ADMIN = Tokens.admin("ops");

  private Videos() {}

  static RequestSpecification as(String token) {
    return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
  }

  static String drafted(EventStreams streams, String workspace) {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft(videoId, workspace, 1));
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");
    return videoId;
  }

  /** A new video whose Gate 1 the token's reviewer approved and whose render waits at Gate 2. */
  static String atGate2(EventStreams streams, String workspace, String gate1Token) {
    String videoId = drafted(streams, workspace);
    as(gate1Token).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    streams.publish(Topics.ASSETS_GENERATED, videoId, assets(videoId, workspace, 1, "ab".repeat(32)));
    awaitState(videoId, "VIDEO_PENDING_REVIEW");
    return videoId;
  }

  /** A workspace definition as trend-service announces it: four eyes, no banned words; change it before building. */
  static WorkspaceConfigured.Builder workspace(String workspace, int version) {
    return WorkspaceConfigured.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setWorkspaceId(workspace).setVersion(version)
        .setName(workspace).setNiche("tests").setLanguage("en").setAudience("testers")
        .setBrand(BrandIdentity.newBuilder().setTone("dry").setVoice("calm").setVisualStyle("plain").build())
        .setTargetFormat("LONG").setTargetLengthSeconds(120).setBudgetPerVideoUsd(1).setBudgetPerMonthUsd(10)
        .setFetchCron("0 0 */6 * * ?");
  }

  /** Waits until review keeps the workspace's policy at this version. */
  static void awaitPolicy(Pool database, String workspace, int version) {
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> database
        .preparedQuery("select count(*) from workspace_policy where workspace_id = $1 and version = $2")
        .execute(Tuple.of(workspace, version)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0) == 1);
  }

  static void awaitState(String videoId, String state) {
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
      var response = as(ADMIN).get("/videos/{id}", videoId);
      return response.statusCode() == 200 && state.equals(response.jsonPath().getString("state"));
    });
  }

  static String state(String videoId) {
    return as(ADMIN).get("/videos/{id}", videoId).jsonPath().getString("state");
  }

  static long outboxRows(Pool database, String videoId, String topic) {
    return database.preparedQuery("select count(*) from outbox_event where aggregate_id = $1 and topic = $2")
        .execute(Tuple.of(videoId, topic)).await().atMost(Duration.ofSeconds(10))
        .iterator().next().getLong(0);
  }

  static long outboxRows(Pool database, String videoId) {
    return database.preparedQuery("select count(*) from outbox_event where aggregate_id = $1")
        .execute(Tuple.of(videoId)).await().atMost(Duration.ofSeconds(10))
        .iterator().next().getLong(0);
  }

  /** A counter of the service's, summed over its labels. */
  static double metric(String name) {
    return PrometheusMetrics.sum(given().get("/q/metrics").then().statusCode(200).extract().asString(), name);
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  static ScriptDrafted draft(String videoId, String workspace, int revision) {
    return ScriptDrafted.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(videoId).setWorkspaceId(workspace).setRevision(revision)
        .setTopic("octopus hearts").setTitle(revision == 1 ? "Why octopuses have three hearts" : "Three hearts, one octopus")
        .setDescription("A short explainer").setTags(List.of("octopus", "biology"))
        .setHook("One heart is not enough.").setCallToAction("Subscribe for more.")
        .setScenes(List.of(
            scene(1, "Octopuses have three hearts."),
            scene(2, "Two pump blood through the gills."),
            scene(3, "The third stops when they swim.")))
        .setAnswersNotes(revision == 1 ? null : "shorter title")
        .build();
  }

  private static Scene scene(int index, String narration) {
    return Scene.newBuilder().setIndex(index).setNarration(narration).setVisualPrompt("an octopus, scene " + index)
        .setOnScreenText("Fact " + index).setDurationSeconds(5).build();
  }

  static AssetsGenerated assets(String videoId, String workspace, int generation, String sha256) {
    return AssetsGenerated.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId(workspace)
        .setGeneration(generation).setVideoSha256(sha256).setThumbnailSha256(THUMBNAIL_SHA)
        .setVideoLocation("/media/" + videoId + "/video.mp4").setVideoDurationSeconds(15.2).setVideoSizeBytes(123456)
        .setVoiceOverLocation("/media/" + videoId + "/voice-over.wav")
        .setThumbnailLocation("/media/" + videoId + "/thumbnail.png")
        .setClips(List.of(SceneClip.newBuilder().setIndex(1).setLocation("/media/" + videoId + "/scene-1.mp4")
            .setDurationSeconds(15.2).setSizeBytes(100000).build()))
        .build();
  }
}
