package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.EVENT_TIMEOUT;
import static io.ytautopilot.review.api.Videos.as;
import static io.ytautopilot.review.api.Videos.awaitState;
import static io.ytautopilot.review.api.Videos.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.ytautopilot.events.Chapter;
import io.ytautopilot.events.ComplianceFinding;
import io.ytautopilot.events.ModelCall;
import io.ytautopilot.events.PublishHeld;
import io.ytautopilot.events.PublishStarted;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.ScriptRejected;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.testsupport.EventStreams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What editorial reports about a revision reaches the Gate 1 reviewer; a Gate 1 rejection is told to
 * editorial (its workspace memory); a publish held for quota shows in the history and can be cancelled.
 */
@QuarkusTest
class EditorialReportAndPublishHoldTests {
  private final EventStreams streams = EventStreams.shared();
  private final String alice = Tokens.reviewer("alice", "demo");
  private final String bob = Tokens.reviewer("bob", "demo");

  @Test
  void theGate1ReviewerSeesComplianceFindingsModelCostsChaptersAndThePromptVariant() {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, reportedDraft(videoId));
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");

    var details = as(alice).get("/videos/{id}", videoId).then().statusCode(200)
        .body("script.chapters", hasSize(2))
        .body("script.chapters[1].title", equalTo("The third heart"))
        .body("script.drafting.selectionReason", equalTo("highest niche fit, not covered in 90 days"))
        .body("script.drafting.findings", hasSize(2))
        .body("script.drafting.findings[0].severity", equalTo("WARNING"))
        .body("script.drafting.findings[0].excerpt", equalTo("90% of octopuses"))
        .body("script.drafting.modelCalls", hasSize(2))
        .body("script.drafting.modelCalls[0].outcome", equalTo("TIMEOUT"))
        .body("script.drafting.promptVariants.PACKAGE", equalTo("storyteller"))
        .body("script.drafting.targetFormat", equalTo("SHORTS"))
        .extract().jsonPath();
    assertThat(details.getDouble("draftingCostUsd")).as("both calls are paid").isCloseTo(0.0042, within(1e-6));
  }

  @Test
  void aGate1RejectionIsAnEventWithTheReviewerFromTheTokenAndTheReason() {
    String videoId = Videos.drafted(streams, "demo");

    as(alice).body(Map.of("reason", "off-brand topic", "reviewer", "mallory"))
        .post("/videos/{id}/gate1/reject", videoId)
        .then().statusCode(200).body("state", equalTo("SCRIPT_REJECTED"));

    ScriptRejected rejected = streams.<ScriptRejected>awaitRecord(Topics.SCRIPT_REJECTED, videoId, EVENT_TIMEOUT)
        .value();
    assertThat(rejected.getRejectedBy()).isEqualTo("alice");
    assertThat(rejected.getReason()).isEqualTo("off-brand topic");
    assertThat(rejected.getRevision()).isEqualTo(1);
    assertThat(rejected.getWorkspaceId()).isEqualTo("demo");
  }

  @Test
  void aPublishHeldForQuotaIsInTheHistoryAndTheWaitingVideoCanStillBeCancelled() {
    String videoId = approvedForPublishing();
    streams.publish(Topics.PUBLISH_STARTED, videoId, PublishStarted.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setPublishAttempt(1).setTarget("youtube").build());
    awaitState(videoId, "PUBLISHING");

    Instant retryAt = Instant.parse("2030-01-02T08:00:00Z");
    streams.publish(Topics.PUBLISH_HELD, videoId, PublishHeld.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setPublishAttempt(1).setReason("daily YouTube quota spent (9,700 of 10,000 units)").setRetryAt(retryAt)
        .build());
    awaitState(videoId, "READY_FOR_PUBLISH");

    List<Map<String, Object>> history = as(alice).get("/videos/{id}/history", videoId).jsonPath().getList("$");
    var held = history.get(history.size() - 1);
    assertThat(held.get("from")).isEqualTo("PUBLISHING");
    assertThat(held.get("trigger")).isEqualTo("PUBLISH_HELD");
    assertThat((String) held.get("comment")).contains("daily YouTube quota spent").contains(retryAt.toString());

    as(alice).body(Map.of("reason", "topic went stale")).post("/videos/{id}/cancel", videoId)
        .then().statusCode(200).body("state", equalTo("CANCELLED"));
  }

  @Test
  void aCancelThatCrossedAnUploadUnderWayEndsPublishedWithAnAlert() {
    String videoId = approvedForPublishing();
    // review has not heard of PublishStarted yet: the cancel is accepted while publish-service uploads
    as(alice).body(Map.of("reason", "wrong thumbnail")).post("/videos/{id}/cancel", videoId)
        .then().statusCode(200).body("state", equalTo("CANCELLED"));
    double alertsBefore = Videos.metric("yt_review_published_after_cancel_total");

    streams.publish(Topics.VIDEO_PUBLISHED, videoId, VideoPublished.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId("demo")
        .setPublishAttempt(1).setTarget("export").setLocation("/export/demo/" + videoId).setPublishedAt(now())
        .build());
    awaitState(videoId, "PUBLISHED");

    List<Map<String, Object>> history = as(alice).get("/videos/{id}/history", videoId).jsonPath().getList("$");
    assertThat(history.subList(history.size() - 2, history.size())).extracting(entry -> entry.get("trigger"))
        .containsExactly("CANCEL", "VIDEO_PUBLISHED");
    as(alice).get("/videos/{id}", videoId).then().body("publishedLocation", equalTo("/export/demo/" + videoId));
    assertThat(Videos.metric("yt_review_published_after_cancel_total") - alertsBefore).isEqualTo(1.0);
  }

  /** A video alice approved at Gate 1 and bob at Gate 2: READY_FOR_PUBLISH. */
  private String approvedForPublishing() {
    String videoId = Videos.atGate2(streams, "demo", alice);
    as(bob).post("/videos/{id}/gate2/approve", videoId).then().statusCode(200);
    return videoId;
  }

  private static ScriptDrafted reportedDraft(String videoId) {
    return ScriptDrafted.newBuilder(Videos.draft(videoId, "demo", 1))
        .setChapters(List.of(new Chapter(0, "One heart is not enough"), new Chapter(10, "The third heart")))
        .setSelectionReason("highest niche fit, not covered in 90 days")
        .setComplianceFindings(List.of(
            new ComplianceFinding("claim-needs-source", "WARNING", "A statistic without a source",
                "90% of octopuses", "scene 2"),
            new ComplianceFinding("banned-word", "BLOCKER", "The workspace bans the word 'shocking'", "shocking",
                "title")))
        .setModelCalls(List.of(
            new ModelCall("PACKAGE", "premium", "gpt-4o", 1200, 0, 30000L, 0.0012, "TIMEOUT"),
            new ModelCall("PACKAGE", "premium", "gpt-4o", 1200, 400, 2100L, 0.003, "OK")))
        .setPromptVariants(Map.of("PACKAGE", "storyteller"))
        .setTargetFormat("SHORTS")
        .build();
  }
}
