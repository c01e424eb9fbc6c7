package io.ytautopilot.production.api;

import static io.restassured.RestAssured.given;

import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * In %test production reads approvals from the end of the topic, so that the approvals other
 * modules' tests left on the shared test broker are not rendered first. The tests publish theirs
 * only once the consumer is known to read new records: an unrenderable probe approval, published
 * again until production has a job for it. Every start of the application (a test profile restarts
 * it) subscribes anew, so each new application is checked once.
 */
final class ApprovalsListened {
  private ApprovalsListened() {}

  // the application instance (one of its beans) whose consumer was seen reading
  private static Object confirmedFor;

  /** Call before each test; {@code application} is any bean of the running application. */
  static synchronized void await(EventStreams streams, Object application) {
    if (confirmedFor == application) {
      return;
    }
    String probe = UUID.randomUUID().toString();
    ScriptApproved noScenes = ScriptApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(probe).setWorkspaceId("probe").setApprovedBy("alice").setGeneration(1)
        .setTitle("probe").setScenes(List.of()).build();
    Awaitility.await("production reads new approvals").atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> {
          streams.publish(Topics.SCRIPT_APPROVED, probe, ScriptApproved.newBuilder(noScenes)
              .setEventId(UUID.randomUUID().toString()).build());
          return given().get("/productions/{id}", probe).statusCode() == 200;
        });
    confirmedFor = application;
  }
}
