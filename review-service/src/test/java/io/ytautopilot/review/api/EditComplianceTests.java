package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.ytautopilot.events.BrandIdentity;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Edits at Gate 1 are reviewed as edits: review runs editorial's compliance rules (the shared
 * compliance library) on the edited text with the workspace's brand, which it learns from
 * WorkspaceConfigured. A blocker an edit adds refuses the approval unless an admin overrides it
 * with a reason, and the reason goes into the history.
 */
@QuarkusTest
class EditComplianceTests {
  private final EventStreams streams = EventStreams.shared();

  @Inject Pool database;

  @Test
  void anEditAddingABannedWordIsRefusedUntilAnAdminOverridesItWithAReason() {
    String workspace = "brand-" + UUID.randomUUID();
    configureBanning(workspace, "shocking");
    String lena = Tokens.reviewer("lena", workspace);
    String videoId = Videos.drafted(streams, workspace);
    var shockingTitle = Map.of("title", "A shocking fact about octopus hearts", "comment", "punchier");

    as(lena).body(shockingTitle).post("/videos/{id}/gate1/approve", videoId).then().statusCode(422)
        .body("error", equalTo("compliance-blocked"))
        .body("message", containsString("banned-word in title"));
    as(lena).body(Map.of("title", "A shocking fact", "overrideReason", "I know best"))
        .post("/videos/{id}/gate1/approve", videoId).then().statusCode(403)
        .body("message", containsString("only an admin"));
    as(lena).get("/videos/{id}", videoId).then().body("state", equalTo("SCRIPT_PENDING_REVIEW"))
        .body("script.revision", equalTo(1));

    var overridden = new java.util.HashMap<String, Object>(shockingTitle);
    overridden.put("overrideReason", "the channel quotes a headline");
    var approved = as(Tokens.admin("ops")).body(overridden).post("/videos/{id}/gate1/approve", videoId).then()
        .statusCode(200).body("state", equalTo("READY_FOR_GENERATION")).body("script.revision", equalTo(2))
        .extract().jsonPath();
    List<Map<String, Object>> history = approved.getList("history");
    assertThat((String) history.get(history.size() - 1).get("comment"))
        .contains("punchier; compliance override by ops: the channel quotes a headline (1 blocker)");
    List<Map<String, Object>> findings = approved.getList("script.drafting.findings");
    assertThat(findings).as("the findings of the edited text, as Gate 2 shows them")
        .anySatisfy(finding -> assertThat(finding).containsEntry("rule", "banned-word")
            .containsEntry("severity", "BLOCKER").containsEntry("location", "title"));
  }

  @Test
  void anEditThatAddsNoBannedWordIsApprovedWithItsFreshFindings() {
    String workspace = "brand-" + UUID.randomUUID();
    configureBanning(workspace, "shocking");
    String videoId = Videos.drafted(streams, workspace);

    as(Tokens.reviewer("lena", workspace)).body(Map.of("title", "Three hearts, explained"))
        .post("/videos/{id}/gate1/approve", videoId).then().statusCode(200)
        .body("state", equalTo("READY_FOR_GENERATION")).body("script.title", equalTo("Three hearts, explained"));
  }

  private void configureBanning(String workspace, String bannedWord) {
    streams.publish(Topics.WORKSPACES, workspace, Videos.workspace(workspace, 1)
        .setBrand(BrandIdentity.newBuilder().setTone("dry").setVoice("calm").setVisualStyle("plain")
            .setBannedWords(List.of(bannedWord)).setBannedTopics(List.of("politics")).build())
        .build());
    Videos.awaitPolicy(database, workspace, 1);
  }
}
