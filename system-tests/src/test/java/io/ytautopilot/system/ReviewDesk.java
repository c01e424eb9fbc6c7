package io.ytautopilot.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The review API as the system tests' reviewers use it, each signed in through the dev issuer. */
final class ReviewDesk {
  private final PipelineSystem system;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  ReviewDesk(PipelineSystem system) {
    this.system = system;
  }

  /** A workspace of the test's own, reading the demo feed, with its first video being drafted. */
  String newWorkspace(String prefix, List<String> bannedWords) {
    String workspace = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    system.createWorkspaceAndFetch(workspace, bannedWords);
    return workspace;
  }

  String awaitDraft(String workspace) {
    return await("a drafted script of " + workspace + " reaches Gate 1").atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> as("ops").queryParam("workspace", workspace).get(system.url("review-service", "/videos"))
            .jsonPath().getString("find { it.state == 'SCRIPT_PENDING_REVIEW' }.id"), id -> id != null);
  }

  /** The reviewer's decision; the caller checks the answer. */
  Response tryDecide(String videoId, String decision, String reviewer, Map<String, ?> body) {
    return as(reviewer).contentType(ContentType.JSON).body(body)
        .post(system.url("review-service", "/videos/{id}/" + decision), videoId);
  }

  void decide(String videoId, String decision, String reviewer) {
    tryDecide(videoId, decision, reviewer, Map.of("comment", "fine by " + reviewer)).then().statusCode(200);
  }

  /** Signed in through review-service's dev issuer, as a reviewer on the local stack would be. */
  RequestSpecification as(String name) {
    String token = tokens.computeIfAbsent(name, user -> given().formParam("username", user)
        .post(system.url("review-service", "/auth/dev-token")).then().statusCode(200)
        .extract().jsonPath().getString("token"));
    return given().header("Authorization", "Bearer " + token);
  }

  JsonPath video(String videoId) {
    return as("ops").get(system.url("review-service", "/videos/{id}"), videoId)
        .then().statusCode(200).extract().jsonPath();
  }

  void awaitState(String videoId, String state, Duration timeout) {
    await(videoId + " reaches " + state).atMost(timeout).pollInterval(Duration.ofMillis(100))
        .until(() -> video(videoId).getString("state"), state::equals);
  }
}
