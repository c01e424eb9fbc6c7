package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.EVENT_TIMEOUT;
import static io.ytautopilot.review.api.Videos.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyAndConcurrencyTests {
  private final EventStreams streams = EventStreams.shared();
  private final String alice = Tokens.reviewer("alice", "demo");

  @Inject Pool database;

  @Test
  void aRepeatedIdempotencyKeyGetsTheFirstAnswerAndRunsNothingTwice() {
    String videoId = Videos.drafted(streams, "demo");
    Response first = as(alice).header("Idempotency-Key", "approve-" + videoId).header("If-Match", "\"0\"")
        .body(Map.of("comment", "ship it")).post("/videos/{id}/gate1/approve", videoId);
    first.then().statusCode(200).header("ETag", "\"1\"");
    Response again = as(alice).header("Idempotency-Key", "approve-" + videoId).header("If-Match", "\"0\"")
        .body(Map.of("comment", "ship it")).post("/videos/{id}/gate1/approve", videoId);
    again.then().statusCode(200).header("ETag", "\"1\"");
    assertThat(again.asString()).isEqualTo(first.asString());

    // without the key, the same request is a new command: refused, the state has moved on
    as(alice).header("If-Match", "\"0\"").body(Map.of("comment", "ship it")).post("/videos/{id}/gate1/approve", videoId)
        .then().statusCode(412);
    // the same key with another request is a client bug
    as(alice).header("Idempotency-Key", "approve-" + videoId).body(Map.of("comment", "other"))
        .post("/videos/{id}/gate1/approve", videoId).then().statusCode(422)
        .body("error", equalTo("idempotency-key-reused"));
    // keys belong to their caller: bob's identical key is his own
    as(Tokens.reviewer("bob", "demo")).header("Idempotency-Key", "approve-" + videoId).header("If-Match", "\"0\"")
        .body(Map.of("comment", "ship it")).post("/videos/{id}/gate1/approve", videoId).then().statusCode(412);

    assertThat(Videos.outboxRows(database, videoId, Topics.SCRIPT_APPROVED)).isEqualTo(1);
    as(alice).get("/videos/{id}", videoId).then().body("version", equalTo(1)).body("history.size()", equalTo(2));
  }

  @Test
  void aRefusalIsAlsoTheFirstAnswer() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).header("Idempotency-Key", "early-" + videoId).post("/videos/{id}/gate2/approve", videoId)
        .then().statusCode(409);
    as(alice).header("Idempotency-Key", "early-" + videoId).post("/videos/{id}/gate2/approve", videoId)
        .then().statusCode(409).body("state", equalTo("SCRIPT_PENDING_REVIEW"));
  }

  @Test
  void oneHundredConcurrentApprovalsOfOneVideoLetExactlyOneWin() throws Exception {
    String videoId = Videos.drafted(streams, "demo");
    int reviewers = 100;
    List<Callable<Integer>> approvals = new ArrayList<>();
    for (int i = 0; i < reviewers; i++) {
      String token = Tokens.reviewer("reviewer-" + i, "demo");
      approvals.add(() -> as(token).header("If-Match", "\"0\"").post("/videos/{id}/gate1/approve", videoId).statusCode());
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

    assertThat(statuses).containsOnly(200, 409, 412);
    assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    System.out.printf("100 concurrent Gate 1 approvals: %d x 200, %d x 409, %d x 412%n",
        statuses.stream().filter(s -> s == 200).count(), statuses.stream().filter(s -> s == 409).count(),
        statuses.stream().filter(s -> s == 412).count());
    // the losers' outbox rows were rolled back with their state changes
    assertThat(Videos.outboxRows(database, videoId)).isEqualTo(1);
    as(alice).get("/videos/{id}", videoId).then().body("history.size()", equalTo(2)).body("version", equalTo(1));
    streams.awaitRecord(Topics.SCRIPT_APPROVED, videoId, EVENT_TIMEOUT);
    assertThat(streams.countWithKey(Topics.SCRIPT_APPROVED, videoId, Duration.ofSeconds(3))).isEqualTo(1);
  }

  @Test
  void concurrentRepeatsOfOneKeyRunTheCommandOnce() throws Exception {
    String videoId = Videos.drafted(streams, "demo");
    List<Callable<String>> repeats = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      repeats.add(() -> {
        var response = as(alice).header("Idempotency-Key", "burst-" + videoId).post("/videos/{id}/gate1/approve", videoId);
        return response.statusCode() + " " + response.getHeader("ETag");
      });
    }
    var pool = Executors.newFixedThreadPool(20);
    List<String> answers = new ArrayList<>();
    try {
      for (var result : pool.invokeAll(repeats)) {
        answers.add(result.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(answers).containsOnly("200 \"1\"");
    assertThat(Videos.outboxRows(database, videoId, Topics.SCRIPT_APPROVED)).isEqualTo(1);
  }
}
