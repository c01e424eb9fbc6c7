package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.EVENT_TIMEOUT;
import static io.ytautopilot.review.api.Videos.as;
import static io.ytautopilot.review.api.Videos.awaitState;
import static io.ytautopilot.review.api.Videos.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.ytautopilot.events.ChangesRequested;
import io.ytautopilot.events.GenerationFailed;
import io.ytautopilot.events.GenerationStarted;
import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishFailed;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.PublishStarted;
import io.ytautopilot.events.ScenesRegenerationRequested;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.signing.SigningKeys;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The review service over the real local broker, registry and PostgreSQL, driven through HTTP. */
@QuarkusTest
class ReviewGatesTests {
  private static final String SHA = "c0ffee".repeat(10) + "abcd";
  private final EventStreams streams = EventStreams.shared();
  private final String alice = Tokens.reviewer("alice", "demo");
  private final String bob = Tokens.reviewer("bob", "demo");

  @Inject Pool database;

  /** The public half of the %test signing key, as publish-service trusts it. */
  @ConfigProperty(name = "yt.approval.trusted-keys.dev.public-key") String publicKey;
  @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer;

  @Test
  void aVideoWalksBothGatesThroughChangesFailuresAndRetriesAndEveryStepIsAnEvent() {
    String videoId = Videos.drafted(streams, "demo");

    // Gate 1 sends the script back; editorial's revision 2 comes back to Gate 1
    as(alice).body(Map.of("notes", "shorter title")).post("/videos/{id}/gate1/request-changes", videoId)
        .then().statusCode(200).body("state", equalTo("CHANGES_REQUESTED"));
    ChangesRequested changes = streams.<ChangesRequested>awaitRecord(Topics.CHANGES_REQUESTED, videoId, EVENT_TIMEOUT).value();
    assertThat(changes.getNotes()).isEqualTo("shorter title");
    assertThat(changes.getRequestedBy()).isEqualTo("alice");
    assertThat(changes.getRevision()).isEqualTo(1);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, Videos.draft(videoId, "demo", 2));
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");

    String etag = as(alice).get("/videos/{id}", videoId).then().statusCode(200)
        .body("script.revision", equalTo(2)).body("script.answersNotes", equalTo("shorter title"))
        .extract().header("ETag");
    as(alice).header("If-Match", etag).body(Map.of("comment", "good hook", "reviewer", "mallory"))
        .post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(200).body("state", equalTo("READY_FOR_GENERATION"))
        .body("scriptApproval.reviewer", equalTo("alice")).body("approvedRevision", equalTo(2));
    ScriptApproved approved = streams.<ScriptApproved>awaitRecord(Topics.SCRIPT_APPROVED, videoId, EVENT_TIMEOUT).value();
    assertThat(approved.getApprovedBy()).as("the token's name, not the body's").isEqualTo("alice");
    assertThat(approved.getRevision()).isEqualTo(2);
    assertThat(approved.getGeneration()).isEqualTo(1);
    assertThat(approved.getTitle()).isEqualTo("Three hearts, one octopus");
    assertThat(approved.getScenes()).extracting(Scene::getIndex).containsExactly(1, 2, 3);

    // generation 1 fails; a retry asks for generation 2; a late event of generation 1 changes nothing
    streams.publish(Topics.GENERATION_STARTED, videoId, started(videoId, 1));
    awaitState(videoId, "GENERATING");
    streams.publish(Topics.GENERATION_FAILED, videoId, GenerationFailed.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setGeneration(1).setReason("tts timed out").setActualCost(0.05).build());
    awaitState(videoId, "GENERATION_FAILED");
    as(bob).get("/videos/{id}", videoId).then().body("lastFailure", equalTo("tts timed out"))
        .body("actualCost", equalTo(0.05f)); // the scenes that rendered before the failure were paid for
    as(bob).post("/videos/{id}/retry", videoId).then().statusCode(200)
        .body("state", equalTo("READY_FOR_GENERATION")).body("generation", equalTo(2));
    var retried = streams.<ScriptApproved>read(Topics.SCRIPT_APPROVED);
    org.awaitility.Awaitility.await().atMost(EVENT_TIMEOUT).until(() -> retried.getRecords().stream()
        .anyMatch(record -> videoId.equals(record.key()) && record.value().getGeneration() == 2));
    retried.close();
    streams.publish(Topics.ASSETS_GENERATED, videoId, Videos.assets(videoId, "demo", 1, SHA));
    streams.publish(Topics.ASSETS_GENERATED, videoId, Videos.assets(videoId, "demo", 2, SHA));
    awaitState(videoId, "VIDEO_PENDING_REVIEW");
    as(bob).get("/videos/{id}", videoId).then().body("assets.generation", equalTo(2))
        .body("assets.videoSha256", equalTo(SHA)).body("lastFailure", equalTo(null));

    // Gate 2 asks for scene 2 again, then approves generation 3 with a schedule
    as(bob).body(Map.of("scenes", List.of(2), "notes", "darker")).post("/videos/{id}/gate2/regenerate", videoId)
        .then().statusCode(200).body("state", equalTo("READY_FOR_GENERATION")).body("generation", equalTo(3));
    ScenesRegenerationRequested regeneration = streams.<ScenesRegenerationRequested>awaitRecord(
        Topics.SCENES_REGENERATION_REQUESTED, videoId, EVENT_TIMEOUT).value();
    assertThat(regeneration.getScenes()).containsExactly(2);
    assertThat(regeneration.getGeneration()).isEqualTo(3);
    streams.publish(Topics.ASSETS_GENERATED, videoId, Videos.assets(videoId, "demo", 3, SHA));
    awaitState(videoId, "VIDEO_PENDING_REVIEW");
    Instant slot = Instant.parse("2030-01-01T09:00:00Z");
    as(bob).body(Map.of("publishAt", slot.toString(), "privacyStatus", "public")).post("/videos/{id}/gate2/approve", videoId)
        .then().statusCode(200).body("state", equalTo("READY_FOR_PUBLISH"));

    VideoApproved published = streams.<VideoApproved>awaitRecord(Topics.VIDEO_APPROVED, videoId, EVENT_TIMEOUT).value();
    var trusted = SigningKeys.publicKey(publicKey, "yt.approval.trusted-keys.dev.public-key");
    assertThat(SignedStatements.verifies(published.getStatement(), PublicationStatement.class, trusted))
        .as("publish-service can verify the statement").isTrue();
    assertThat(published.getRetry()).isNull();
    var statement = SignedStatements.read(published.getStatement(), PublicationStatement.class);
    assertThat(statement.getScriptApprovedBy()).isEqualTo(new Identity(issuer, "alice", "alice"));
    assertThat(statement.getVideoApprovedBy()).isEqualTo(new Identity(issuer, "bob", "bob"));
    assertThat(statement.getScriptRevision()).isEqualTo(2);
    assertThat(statement.getGeneration()).isEqualTo(3);
    assertThat(statement.getTitle()).isEqualTo("Three hearts, one octopus");
    assertThat(statement.getPublishAt()).isEqualTo(slot);
    assertThat(statement.getPrivacyStatus()).isEqualTo("public");
    assertThat(statement.getContainsSyntheticMedia()).isTrue();
    assertThat(statement.getMadeForKids()).isFalse();
    assertThat(statement.getVideoSha256()).isEqualTo(SHA);
    assertThat(statement.getThumbnailSha256()).isEqualTo(Videos.THUMBNAIL_SHA);

    // the first attempt fails, the retry publishes
    streams.publish(Topics.PUBLISH_STARTED, videoId, PublishStarted.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setPublishAttempt(1).setTarget("export").build());
    awaitState(videoId, "PUBLISHING");
    streams.publish(Topics.PUBLISH_FAILED, videoId, PublishFailed.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setPublishAttempt(1).setReason("disk full").build());
    awaitState(videoId, "PUBLISH_FAILED");
    as(alice).post("/videos/{id}/retry", videoId).then().statusCode(200).body("state", equalTo("READY_FOR_PUBLISH"))
        .body("publishAttempt", equalTo(2));
    // the retry is alice's own signed authorisation of attempt 2 of bob's statement, sent as signed
    VideoApproved retriedApproval = streams.awaitValue(Topics.VIDEO_APPROVED, videoId,
        (VideoApproved approval) -> approval.getRetry() != null, EVENT_TIMEOUT);
    assertThat(retriedApproval.getStatement()).isEqualTo(published.getStatement());
    assertThat(SignedStatements.verifies(retriedApproval.getRetry(), PublishRetryAuthorisation.class, trusted)).isTrue();
    var retry = SignedStatements.read(retriedApproval.getRetry(), PublishRetryAuthorisation.class);
    assertThat(retry.getPublishAttempt()).isEqualTo(2);
    assertThat(retry.getRetriedBy()).isEqualTo(new Identity(issuer, "alice", "alice"));
    assertThat(retry.getStatementSha256()).isEqualTo(SignedStatements.sha256(published.getStatement()));
    streams.publish(Topics.VIDEO_PUBLISHED, videoId, VideoPublished.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setTarget("export").setLocation("/export/" + videoId).setPublishedAt(now()).setPublishAttempt(2).build());
    awaitState(videoId, "PUBLISHED");

    List<Map<String, Object>> history = as(alice).get("/videos/{id}/history", videoId).then().statusCode(200)
        .extract().jsonPath().getList("$");
    assertThat(history).extracting(entry -> entry.get("to")).containsExactly("SCRIPT_PENDING_REVIEW",
        "CHANGES_REQUESTED", "SCRIPT_PENDING_REVIEW", "READY_FOR_GENERATION", "GENERATING", "GENERATION_FAILED",
        "READY_FOR_GENERATION", "VIDEO_PENDING_REVIEW", "READY_FOR_GENERATION", "VIDEO_PENDING_REVIEW",
        "READY_FOR_PUBLISH", "PUBLISHING", "PUBLISH_FAILED", "READY_FOR_PUBLISH", "PUBLISHED");
    assertThat(history).extracting(entry -> entry.get("actor")).containsExactly("editorial-service", "alice",
        "editorial-service", "alice", "production-service", "production-service", "bob", "production-service",
        "bob", "production-service", "bob", "publish-service", "publish-service", "alice", "publish-service");
    assertThat(history).extracting(entry -> entry.get("eventId")).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(history.get(3).get("eventId")).isEqualTo(approved.getEventId());
    assertThat(history.get(10).get("eventId")).isEqualTo(published.getEventId());
    assertThat(Videos.outboxRows(database, videoId, Topics.VIDEO_APPROVED)).isEqualTo(2); // approval + retry
  }

  @Test
  void theGate1ReviewerSeesTheEstimateOfTheCurrentRevisionAndGate2TheActualCost() {
    String videoId = UUID.randomUUID().toString();
    // production may price a draft before review has opened it: the estimate waits for its revision
    streams.publish(Topics.COST_ESTIMATED, videoId, estimate(videoId, 1, 0.42));
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, Videos.draft(videoId, "demo", 1));
    org.awaitility.Awaitility.await().atMost(EVENT_TIMEOUT).untilAsserted(() -> as(alice).get("/videos/{id}", videoId)
        .then().statusCode(200).body("costEstimate.total", equalTo(0.42f))
        .body("costEstimate.lines[0].item", equalTo("scene seconds")).body("version", equalTo(0)));

    as(alice).body(Map.of("notes", "shorter")).post("/videos/{id}/gate1/request-changes", videoId).then().statusCode(200);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, Videos.draft(videoId, "demo", 2));
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");
    as(alice).get("/videos/{id}", videoId).then().body("costEstimate", equalTo(null)); // revision 2 not priced yet
    streams.publish(Topics.COST_ESTIMATED, videoId, estimate(videoId, 2, 0.30));
    org.awaitility.Awaitility.await().atMost(EVENT_TIMEOUT).untilAsserted(() -> as(alice).get("/videos/{id}", videoId)
        .then().body("costEstimate.total", equalTo(0.30f)).body("costEstimate.revision", equalTo(2)));

    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    var assets = Videos.assets(videoId, "demo", 1, SHA);
    assets.setActualCost(0.30);
    streams.publish(Topics.ASSETS_GENERATED, videoId, assets);
    awaitState(videoId, "VIDEO_PENDING_REVIEW");
    as(bob).body(Map.of("scenes", List.of(1))).post("/videos/{id}/gate2/regenerate", videoId).then().statusCode(200);
    var regenerated = Videos.assets(videoId, "demo", 2, SHA);
    regenerated.setActualCost(0.12);
    streams.publish(Topics.ASSETS_GENERATED, videoId, regenerated);
    awaitState(videoId, "VIDEO_PENDING_REVIEW");
    as(bob).get("/videos/{id}", videoId).then().body("assets.cost", equalTo(0.12f))
        .body("actualCost", equalTo(0.42f));
  }

  private static io.ytautopilot.events.CostEstimated estimate(String videoId, int revision, double total) {
    return io.ytautopilot.events.CostEstimated.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(videoId).setWorkspaceId("demo").setRevision(revision).setEstimatedCost(total)
        .setLines(List.of(io.ytautopilot.events.CostLine.newBuilder().setItem("scene seconds").setProvider("ffmpeg")
            .setUnits(15).setUnitPrice(total / 15).setCost(total).build()))
        .build();
  }

  @Test
  void gate2CannotBeApprovedBeforeTheScriptIsApprovedAndRendered() {
    String videoId = Videos.drafted(streams, "demo");

    as(alice).post("/videos/{id}/gate2/approve", videoId)
        .then().statusCode(409)
        .body("error", equalTo("illegal-transition"))
        .body("state", equalTo("SCRIPT_PENDING_REVIEW"))
        .body("message", containsString("gate2/approve"));

    assertThat(Videos.outboxRows(database, videoId)).isZero();
    as(alice).get("/videos/{id}", videoId).then().body("state", equalTo("SCRIPT_PENDING_REVIEW"))
        .body("version", equalTo(0));
  }

  @Test
  void aCancelledVideoTellsTheOtherServicesAndAcceptsNoMoreCommands() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    as(alice).body(Map.of("reason", "topic already covered")).post("/videos/{id}/cancel", videoId)
        .then().statusCode(200).body("state", equalTo("CANCELLED"));
    VideoCancelled cancelled = streams.<VideoCancelled>awaitRecord(Topics.VIDEO_CANCELLED, videoId, EVENT_TIMEOUT).value();
    assertThat(cancelled.getCancelledBy()).isEqualTo("alice");
    assertThat(cancelled.getReason()).isEqualTo("topic already covered");

    streams.publish(Topics.ASSETS_GENERATED, videoId, Videos.assets(videoId, "demo", 1, SHA));
    as(alice).post("/videos/{id}/retry", videoId).then().statusCode(409).body("state", equalTo("CANCELLED"));
    // the late assets were consumed and changed nothing
    org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
    as(alice).get("/videos/{id}", videoId).then().body("state", equalTo("CANCELLED")).body("assets", equalTo(null));
  }

  @Test
  void aDecisionOnAStaleVersionChangesNothing() {
    String videoId = Videos.drafted(streams, "demo");

    as(alice).header("If-Match", "\"7\"").post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(412).body("error", equalTo("stale-version"))
        .body("state", equalTo("SCRIPT_PENDING_REVIEW"))
        .body("message", containsString("version 0, not 7"));
    as(alice).header("If-Match", "latest").post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(400).body("message", containsString("If-Match"));

    assertThat(Videos.outboxRows(database, videoId)).isZero();
    as(alice).get("/videos/{id}", videoId).then().body("state", equalTo("SCRIPT_PENDING_REVIEW"));
  }

  @Test
  void aRedeliveredDraftOpensOneReview() {
    String videoId = UUID.randomUUID().toString();
    String workspace = "redelivery-" + videoId;
    var draft = Videos.draft(videoId, workspace, 1);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft);
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");
    org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

    as(Tokens.reviewer("dana", workspace)).queryParam("workspace", workspace).get("/videos").then().statusCode(200)
        .body("size()", equalTo(1));
    as(Tokens.admin("ops")).get("/videos/{id}", videoId).then().body("history.size()", equalTo(1));
  }

  @Test
  void badInputIsA4xxThatNamesTheProblem() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).body(Map.of("notes", " ")).post("/videos/{id}/gate1/request-changes", videoId)
        .then().statusCode(400).body(containsString("notes"));
    as(alice).body("{\"title\": \"\"}").post("/videos/{id}/gate1/approve", videoId).then().statusCode(400)
        .body(containsString("title"));
    as(alice).body("{not json").post("/videos/{id}/gate1/approve", videoId).then().statusCode(400);
    as(alice).body(Map.of("reason", "x")).post("/videos/{id}/gate1/approve", UUID.randomUUID()).then().statusCode(404)
        .body("error", equalTo("not-found"));
    as(alice).body(Map.of("publishAt", "yesterday")).post("/videos/{id}/schedule", videoId).then().statusCode(400);
    as(alice).body(Map.of("publishAt", "2001-01-01T00:00:00Z")).post("/videos/{id}/schedule", videoId)
        .then().statusCode(400).body("message", containsString("future"));
    as(alice).body(Map.of("privacyStatus", "secret")).post("/videos/{id}/gate2/approve", videoId).then().statusCode(400)
        .body(containsString("privacyStatus"));
    as(alice).body(Map.of("scenes", List.of())).post("/videos/{id}/gate2/regenerate", videoId).then().statusCode(400);
    as(alice).header("Idempotency-Key", "k".repeat(201)).post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(400).body("message", containsString("Idempotency-Key"));
    as(alice).get("/videos/not-a-uuid").then().statusCode(404);
    as(alice).get("/videos/{id}", videoId).then().body("version", equalTo(0));
  }

  private static GenerationStarted started(String videoId, int generation) {
    return GenerationStarted.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(videoId).setWorkspaceId("demo").setGeneration(generation).setScenes(3).build();
  }
}
