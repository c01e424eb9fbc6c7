package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.EVENT_TIMEOUT;
import static io.ytautopilot.review.api.Videos.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.WorkspaceConfigured;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.review.events.ReviewEventConsumers;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Four eyes per workspace: unless a workspace allows self-review, whoever approved Gate 1 (and so
 * wrote any edits) may not approve Gate 2. review-service learns the setting from trend-service's
 * WorkspaceConfigured and signs it into the Gate 2 statement, where publish-service checks it again.
 */
@QuarkusTest
class FourEyesTests {
  private final EventStreams streams = EventStreams.shared();

  @Inject Pool database;
  @Inject ReviewEventConsumers consumers;

  @Test
  void theGate1ApproverMayNotApproveGate2OfAWorkspaceReviewHasNotHeardOf() {
    String workspace = "four-eyes-" + UUID.randomUUID();
    String ivy = Tokens.reviewer("ivy", workspace);
    String videoId = Videos.atGate2(streams, workspace, ivy);

    as(ivy).post("/videos/{id}/gate2/approve", videoId).then().statusCode(403)
        .body("message", containsString("four eyes: ivy approved Gate 1 of this video"));
    as(Tokens.admin("ivy")).post("/videos/{id}/gate2/approve", videoId).then().statusCode(403)
        .body("message", containsString("four eyes"));

    Videos.awaitState(videoId, "VIDEO_PENDING_REVIEW");
    assertThat(Videos.outboxRows(database, videoId, Topics.VIDEO_APPROVED)).isZero();
    as(Tokens.reviewer("jack", workspace)).post("/videos/{id}/gate2/approve", videoId).then().statusCode(200)
        .body("state", equalTo("READY_FOR_PUBLISH"));
    assertThat(signedStatement(videoId).getAllowSelfReview()).isFalse();
  }

  @Test
  void aWorkspaceThatAllowsSelfReviewLetsOneReviewerApproveBothGatesAndOnlyItsNewestSettingCounts() {
    String workspace = "solo-" + UUID.randomUUID();
    String kim = Tokens.reviewer("kim", workspace);
    streams.publish(Topics.WORKSPACES, workspace, configured(workspace, 2, true));
    awaitPolicy(workspace, 2, true);
    // late: an older version of the definition changes nothing
    ReactiveTransactions.await(() -> consumers.onWorkspaceConfigured(configured(workspace, 1, false)));
    awaitPolicy(workspace, 2, true);

    String videoId = Videos.atGate2(streams, workspace, kim);
    as(kim).post("/videos/{id}/gate2/approve", videoId).then().statusCode(200)
        .body("state", equalTo("READY_FOR_PUBLISH"));
    assertThat(signedStatement(videoId).getAllowSelfReview()).as("publish-service checks the same rule").isTrue();

    streams.publish(Topics.WORKSPACES, workspace, configured(workspace, 3, false));
    awaitPolicy(workspace, 3, false);
    String next = Videos.atGate2(streams, workspace, kim);
    as(kim).post("/videos/{id}/gate2/approve", next).then().statusCode(403);
  }

  private PublicationStatement signedStatement(String videoId) {
    VideoApproved approval = streams.<VideoApproved>awaitRecord(Topics.VIDEO_APPROVED, videoId, EVENT_TIMEOUT).value();
    return SignedStatements.read(approval.getStatement(), PublicationStatement.class);
  }

  private static WorkspaceConfigured configured(String workspace, int version, boolean allowSelfReview) {
    return Videos.workspace(workspace, version).setAllowSelfReview(allowSelfReview).build();
  }

  private void awaitPolicy(String workspace, int version, boolean allowSelfReview) {
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> database
        .preparedQuery("select count(*) from workspace_policy where workspace_id = $1 and version = $2"
            + " and allow_self_review = $3")
        .execute(Tuple.of(workspace, version, allowSelfReview)).await().atMost(Duration.ofSeconds(10))
        .iterator().next().getLong(0) == 1);
  }
}
