package io.ytautopilot.cli.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import io.ytautopilot.cli.http.FakeService.Request;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commands that call the services' HTTP APIs, against a local stand-in that answers like them
 * and records what it was sent. The real services are driven by ytap in the system tests.
 */
@QuarkusMainTest
class HttpCommandsTests {
  private static final String ID = Videos.ID;
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeService service;

  @BeforeEach
  void startService() throws Exception {
    service = new FakeService();
  }

  @AfterEach
  void stopService() {
    service.close();
  }

  @Test
  void videoShowPrintsStateScriptCostAndHistoryWithTheReviewersToken(QuarkusMainLauncher launcher) {
    service.answer("GET /videos/" + ID, 200, Videos.details("VIDEO_PENDING_REVIEW", 7, 1, null));

    var result = launcher.launch("--review-url", service.url(), "video", "show", ID, "--token", "reviewer-jwt");

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput())
        .contains("state            VIDEO_PENDING_REVIEW (version 7)")
        .contains("script           \"Five facts about octopuses\" revision 2 (Gate 1 approved revision 2)")
        .contains("generation       1")
        .contains("progress         scene 4 of 10, 40 %, 1 scene failed, about 12 s left (rendering scene 5),"
            + " reported 2025-06-01T08:06:00Z")
        .contains("publish attempt  0")
        .contains("last failure     -")
        .contains("cost             estimated $0.42 for revision 2, spent $0.40");
    assertThat(result.getOutputStream()).anySatisfy(line -> assertThat(line.split("\\s{2,}"))
        .containsExactly("2025-06-01T08:05:00Z", "SCRIPT_PENDING_REVIEW", "READY_FOR_GENERATION",
            "command gate1/approve", "alice", "good hook"));
    assertThat(service.requests()).containsExactly(
        new Request("GET", "/videos/" + ID, "Bearer reviewer-jwt", null, null, "", null));
  }

  @Test
  void videoShowJsonPrintsTheServicesAnswerAsItIs(QuarkusMainLauncher launcher) throws Exception {
    String details = Videos.details("PUBLISHED", 12, 1, null);
    service.answer("GET /videos/" + ID, 200, details);

    var result = launcher.launch("video", "show", ID, "--json", "--token", "reviewer-jwt", "--review-url", service.url());

    assertThat(result.exitCode()).isZero();
    assertThat(JSON.readTree(result.getOutput())).isEqualTo(JSON.readTree(details));
  }

  @Test
  void aRefusedCommandPrintsTheProblemAndFails(QuarkusMainLauncher launcher) throws Exception {
    String problem = Videos.problem("illegal-transition", "cancel is not allowed in PUBLISHING", "PUBLISHING");
    service.answer("POST /videos/" + ID + "/cancel", 409, problem);

    var result = launcher.launch("video", "cancel", ID, "--reason", "topic covered", "--token", "reviewer-jwt",
        "--review-url", service.url());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.getErrorOutput()).contains("review-service answered 409:").contains(problem);
    var request = service.requests().get(0);
    assertThat(request.authorization()).isEqualTo("Bearer reviewer-jwt");
    assertThat(request.contentType()).startsWith("application/json");
    assertThat(JSON.readTree(request.body())).isEqualTo(JSON.valueToTree(Map.of("reason", "topic covered")));
  }

  @Test
  void devUserSignsInThroughTheDevIssuerFirst(QuarkusMainLauncher launcher) {
    service.answer("POST /auth/dev-token", 200, "{\"token\":\"dev-jwt-for-alice\",\"username\":\"alice\"}")
        .answer("POST /videos/" + ID + "/retry", 200, Videos.details("READY_FOR_GENERATION", 8, 2, null));

    var result = launcher.launch("video", "retry", ID, "--dev-user", "alice", "--review-url", service.url());

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput()).contains("video " + ID + " is now READY_FOR_GENERATION (version 8, generation 2");
    var signIn = service.requests().get(0);
    assertThat(signIn.path()).isEqualTo("/auth/dev-token");
    assertThat(signIn.contentType()).startsWith("application/x-www-form-urlencoded");
    assertThat(signIn.body()).isEqualTo("username=alice");
    assertThat(service.requests().get(1).authorization()).isEqualTo("Bearer dev-jwt-for-alice");
  }

  @Test
  void approveVideoSendsThePublishOptionsAndTheExpectedVersion(QuarkusMainLauncher launcher) throws Exception {
    service.answer("POST /videos/" + ID + "/gate2/approve", 200, Videos.details("READY_FOR_PUBLISH", 4, 1, null));

    var result = launcher.launch("video", "approve-video", ID, "--privacy", "public", "--comment", "ship it",
        "--if-version", "3", "--token", "reviewer-jwt", "--review-url", service.url());

    assertThat(result.exitCode()).isZero();
    var request = service.requests().get(0);
    assertThat(request.ifMatch()).isEqualTo("\"3\"");
    assertThat(JSON.readTree(request.body()).path("privacyStatus").asText()).isEqualTo("public");
    assertThat(JSON.readTree(request.body()).path("comment").asText()).isEqualTo("ship it");
  }

  @Test
  void withoutATokenItIsAUsageErrorAndNothingIsSent(QuarkusMainLauncher launcher) {
    var result = launcher.launch("video", "show", ID, "--review-url", service.url());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.getErrorOutput()).contains("review-service needs a reviewer token");
    assertThat(service.requests()).isEmpty();
  }

  @Test
  void anUnreachableServiceFailsWithItsAddress(QuarkusMainLauncher launcher) throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var result = launcher.launch("video", "show", ID, "--token", "t", "--review-url", "http://127.0.0.1:" + closedPort);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.getErrorOutput()).contains("review-service did not answer at http://127.0.0.1:" + closedPort);
  }

  @Test
  void pipelineFetchesTrendsForTheWorkspace(QuarkusMainLauncher launcher) {
    service.answer("POST /workspaces/demo/fetch", 200,
        "{\"fetchId\":\"0b7f4a2e-1111-4c51-9a53-0d7be2f4a002\",\"workspaceId\":\"demo\",\"trendCount\":7,"
            + "\"sources\":[{\"name\":\"hn-science\",\"kind\":\"hacker-news\",\"status\":\"cached\",\"items\":5},"
            + "{\"name\":\"r-space\",\"kind\":\"reddit\",\"status\":\"failed\",\"items\":0,"
            + "\"failure\":\"timed out after 10 s\"}]}");

    var result = launcher.launch("pipeline", "--workspace", "demo", "--trend-url", service.url());

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput()).contains("fetched 7 trends for workspace demo (fetch 0b7f4a2e-1111")
        .containsPattern("hn-science +cached +5 items")
        .contains("r-space", "failed", "(timed out after 10 s)");
    assertThat(service.requests()).extracting(Request::method, Request::path, Request::query)
        .containsExactly(tuple("POST", "/workspaces/demo/fetch", "force=false"));
  }

  @Test
  void pipelineWithForceFetchesEverySourceAgain(QuarkusMainLauncher launcher) {
    service.answer("POST /workspaces/demo/fetch", 200,
        "{\"fetchId\":\"0b7f4a2e-1111-4c51-9a53-0d7be2f4a003\",\"workspaceId\":\"demo\",\"trendCount\":3}");

    var result = launcher.launch("pipeline", "--workspace", "demo", "--force", "--trend-url", service.url());

    assertThat(result.exitCode()).isZero();
    assertThat(service.requests()).extracting(Request::path, Request::query)
        .containsExactly(tuple("/workspaces/demo/fetch", "force=true"));
  }

  @Test
  void produceRetriesAFailedGeneration(QuarkusMainLauncher launcher) {
    service.answer("GET /videos/" + ID, 200, Videos.details("GENERATION_FAILED", 5, 1, "ffmpeg exited with 1"))
        .answer("POST /videos/" + ID + "/retry", 200, Videos.details("READY_FOR_GENERATION", 6, 2, null));

    var result = launcher.launch("produce", "--video-id", ID, "--token", "reviewer-jwt",
        "--review-url", service.url(), "--production-url", service.url());

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput())
        .contains("video " + ID + " is GENERATION_FAILED (generation 1: ffmpeg exited with 1); asking review-service to retry")
        .contains("video " + ID + " is now READY_FOR_GENERATION: production renders generation 2");
    assertThat(service.requests()).extracting(Request::method, Request::path).containsExactly(
        tuple("GET", "/videos/" + ID),
        tuple("POST", "/videos/" + ID + "/retry"));
  }

  @Test
  void produceOfAVideoThatDidNotFailOnlyShowsTheProductionJob(QuarkusMainLauncher launcher) {
    service.answer("GET /videos/" + ID, 200, Videos.details("GENERATING", 4, 1, null))
        .answer("GET /productions/" + ID, 200, """
            {"videoId":"%s","workspaceId":"demo","state":"RENDERING","generation":1,"attempts":2,
             "lastError":"espeak-ng timed out","cancellation":null,"startedAt":"2025-06-01T08:06:00Z",
             "finishedAt":null,"clips":[{"index":1,"generation":1,"location":"/m/1.mp4","durationSeconds":4.0,
             "sizeBytes":1000}],"output":null}
            """.formatted(ID));

    var result = launcher.launch("produce", "--video-id", ID, "--token", "reviewer-jwt",
        "--review-url", service.url(), "--production-url", service.url());

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput())
        .contains("video " + ID + " is GENERATING in review-service (generation 1): nothing to resume")
        .contains("production job   RENDERING, generation 1, 2 attempts")
        .contains("last error       espeak-ng timed out")
        .contains("clips rendered   1");
    assertThat(service.requests()).extracting(Request::method).containsExactly("GET", "GET");
  }
}
