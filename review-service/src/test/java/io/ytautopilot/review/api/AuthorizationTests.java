package io.ytautopilot.review.api;

import static io.restassured.RestAssured.given;
import static io.ytautopilot.review.api.Videos.as;
import static io.ytautopilot.review.api.Videos.awaitState;
import static io.ytautopilot.review.api.Videos.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.ytautopilot.events.GenerationFailed;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every endpoint: no token 401, a stranger 403, the workspace's reviewer or an admin 200. */
@QuarkusTest
class AuthorizationTests {
  private final EventStreams streams = EventStreams.shared();
  private final String workspace = "authz-" + UUID.randomUUID();
  private final String reviewer = Tokens.reviewer("erin", workspace);
  private final String otherWorkspace = Tokens.reviewer("frank", "another-" + workspace);
  private final String noRole = Tokens.viewer("gina", workspace);
  private final String admin = Tokens.admin("ops");

  /** Each command with a body it accepts, and the state in which it succeeds. */
  private record Endpoint(String path, Object body, String readyIn) {}

  private static final List<Endpoint> COMMANDS = List.of(
      new Endpoint("gate1/approve", Map.of(), "SCRIPT_PENDING_REVIEW"),
      new Endpoint("gate1/request-changes", Map.of("notes", "tighter"), "SCRIPT_PENDING_REVIEW"),
      new Endpoint("gate1/reject", Map.of("reason", "off-brand"), "SCRIPT_PENDING_REVIEW"),
      new Endpoint("gate2/approve", Map.of(), "VIDEO_PENDING_REVIEW"),
      new Endpoint("gate2/regenerate", Map.of("scenes", List.of(1)), "VIDEO_PENDING_REVIEW"),
      new Endpoint("gate2/reject", Map.of("reason", "blurry"), "VIDEO_PENDING_REVIEW"),
      new Endpoint("retry", Map.of(), "GENERATION_FAILED"),
      new Endpoint("cancel", Map.of("reason", "not needed"), "SCRIPT_PENDING_REVIEW"),
      new Endpoint("schedule", Map.of("publishAt", "2031-01-01T00:00:00Z"), "SCRIPT_PENDING_REVIEW"));

  @Test
  void readsNeedATokenAndTheWorkspace() {
    String videoId = Videos.drafted(streams, workspace);
    for (String path : List.of("/videos/" + videoId, "/videos/" + videoId + "/history",
        "/videos/" + videoId + "/revisions", "/videos/" + videoId + "/revisions/diff", "/videos")) {
      given().get(path).then().statusCode(401);
      given().header("Authorization", "Bearer not-a-token").get(path).then().statusCode(401);
      as(noRole).get(path).then().statusCode(403);
      as(reviewer).get(path).then().statusCode(200);
      as(admin).get(path).then().statusCode(200);
    }
    as(otherWorkspace).get("/videos/{id}", videoId).then().statusCode(403).body("error", equalTo("forbidden"));
    as(otherWorkspace).get("/videos/{id}/history", videoId).then().statusCode(403);
    as(otherWorkspace).get("/videos/{id}/revisions", videoId).then().statusCode(403);
    as(otherWorkspace).get("/videos/{id}/revisions/diff", videoId).then().statusCode(403);
    as(otherWorkspace).queryParam("workspace", workspace).get("/videos").then().statusCode(403);
    as(otherWorkspace).get("/videos").then().statusCode(200).body("id", not(hasItem(videoId)));
    as(reviewer).get("/videos").then().statusCode(200).body("id", hasItem(videoId));
  }

  @Test
  void everyCommandNeedsATokenAndTheWorkspaceAndTakesTheNameFromTheToken() {
    for (Endpoint command : COMMANDS) {
      String videoId = videoIn(command.readyIn());
      String path = "/videos/" + videoId + "/" + command.path();
      given().contentType(ContentType.JSON).body(command.body()).post(path).then().statusCode(401);
      as(noRole).body(command.body()).post(path).then().statusCode(403);
      as(otherWorkspace).body(command.body()).post(path).then().statusCode(403);
      as(admin).get("/videos/{id}", videoId).then().body("state", equalTo(command.readyIn()));
      String caller = command.path().equals("cancel") ? admin : reviewer;
      var history = as(caller).body(command.body()).post(path).then().statusCode(200)
          .extract().jsonPath().getList("history.actor", String.class);
      assertThat(history.get(history.size() - 1)).as(command.path()).isEqualTo(caller == admin ? "ops" : "erin");
    }
  }

  @Test
  void aTokenWithoutASubjectDecidesNothing() {
    String videoId = Videos.drafted(streams, workspace);

    as(Tokens.withoutSubject("hank", workspace)).post("/videos/{id}/gate1/approve", videoId).then().statusCode(403)
        .body("message", containsString("names no subject"));
    as(admin).get("/videos/{id}", videoId).then().body("state", equalTo("SCRIPT_PENDING_REVIEW"));
  }

  @Test
  void theDevIssuerSignsTokensForTheExampleUsersOnly() {
    String token = given().formParam("username", "carol").post("/auth/dev-token").then().statusCode(200)
        .body("roles", hasItem("reviewer")).body("workspaces", hasItem("cooking"))
        .extract().jsonPath().getString("token");
    String videoId = Videos.drafted(streams, "cooking");
    as(token).get("/videos/{id}", videoId).then().statusCode(200);
    given().formParam("username", "mallory").post("/auth/dev-token").then().statusCode(400);
  }

  private String videoIn(String state) {
    String videoId = Videos.drafted(streams, workspace);
    if (state.equals("SCRIPT_PENDING_REVIEW")) {
      return videoId;
    }
    as(admin).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    if (state.equals("GENERATION_FAILED")) {
      streams.publish(Topics.GENERATION_FAILED, videoId, GenerationFailed.newBuilder()
          .setEventId(UUID.randomUUID().toString()).setOccurredAt(now()).setVideoId(videoId)
          .setWorkspaceId(workspace).setGeneration(1).setReason("no voice").build());
    } else {
      streams.publish(Topics.ASSETS_GENERATED, videoId, Videos.assets(videoId, workspace, 1, "ab".repeat(32)));
    }
    awaitState(videoId, state);
    return videoId;
  }
}
