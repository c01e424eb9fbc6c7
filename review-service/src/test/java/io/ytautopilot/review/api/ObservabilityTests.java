package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.as;
import static io.ytautopilot.review.api.Videos.awaitState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * What ops see: log lines that name the event, video, workspace and trace they are about, one trace
 * per video across the services, and Prometheus metrics for events, the outbox and the review queue.
 */
@QuarkusTest
class ObservabilityTests {
  private static final Path LOG = Path.of("target/review-service.log");
  private final EventStreams streams = EventStreams.shared();
  private final String alice = Tokens.reviewer("alice", "demo");

  @Test
  void logLinesNameTheEventVideoAndWorkspaceTheyAreAbout() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    AssetsGenerated assets = Videos.assets(videoId, "demo", 1, "ab".repeat(32));
    streams.publish(Topics.ASSETS_GENERATED, videoId, assets);
    awaitState(videoId, "VIDEO_PENDING_REVIEW");

    JsonNode approval = awaitLine(videoId + ": SCRIPT_PENDING_REVIEW -> READY_FOR_GENERATION");
    assertThat(approval.path("mdc").path("videoId").asText()).as("a reviewer's call names its video")
        .isEqualTo(videoId);
    JsonNode delivery = awaitLine(videoId + ": READY_FOR_GENERATION -> VIDEO_PENDING_REVIEW");
    assertThat(delivery.path("mdc").path("eventId").asText()).as("the event being handled")
        .isEqualTo(assets.getEventId());
    assertThat(delivery.path("mdc").path("videoId").asText()).isEqualTo(videoId);
    assertThat(delivery.path("mdc").path("workspaceId").asText()).isEqualTo("demo");
  }

  @Test
  void aVideoIsOneTraceThroughItsEventsAndTheReviewersApprovalAndItsLogLinesNameIt() {
    String videoId = UUID.randomUUID().toString();
    String trace = randomHex(16);
    // the draft arrives in the video's trace, as editorial's producer span writes it (not sampled)
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, Videos.draft(videoId, "demo", 1), traced(trace));
    awaitState(videoId, "SCRIPT_PENDING_REVIEW");

    // the approval is an API call, not a consumed event, and still continues the video's trace
    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    ConsumerRecord<String, ScriptApproved> approved = streams.awaitRecord(Topics.SCRIPT_APPROVED, videoId,
        Duration.ofSeconds(30));
    assertThat(new String(approved.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
        .matches("00-" + trace + "-[0-9a-f]{16}-00");

    // production's assets arrive in the same trace: the lines written while handling them name it
    streams.publish(Topics.ASSETS_GENERATED, videoId, Videos.assets(videoId, "demo", 1, "cd".repeat(32)), traced(trace));
    awaitState(videoId, "VIDEO_PENDING_REVIEW");
    JsonNode delivery = awaitLine(videoId + ": READY_FOR_GENERATION -> VIDEO_PENDING_REVIEW");
    assertThat(delivery.path("mdc").path("traceId").asText()).isEqualTo(trace);
    assertThat(delivery.path("mdc").path("spanId").asText()).matches("[0-9a-f]{16}");
  }

  /** The traceparent header a producer span of the trace writes: W3C trace context, not sampled. */
  private static Headers traced(String trace) {
    return new RecordHeaders().add("traceparent",
        ("00-" + trace + "-" + randomHex(8) + "-00").getBytes(StandardCharsets.UTF_8));
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  @Test
  void prometheusShowsEventsOutboxLagAndTheReviewQueue() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
      assertThat(metrics)
          .containsPattern("yt_events_consumed_total\\{topic=\"yt.script.drafted\"} [1-9]")
          .containsPattern("yt_events_published_total\\{topic=\"yt.script.approved\"} [1-9]")
          .containsPattern("yt_review_videos\\{state=\"READY_FOR_GENERATION\"} [1-9]")
          .contains("yt_outbox_pending ", "yt_outbox_lag_seconds ");
    });
  }

  /** The JSON log line (as deployments write them) whose message contains the text. */
  private static JsonNode awaitLine(String text) {
    return await().atMost(Duration.ofSeconds(10)).until(() -> lineWith(text), Optional::isPresent).orElseThrow();
  }

  private static Optional<JsonNode> lineWith(String text) throws IOException {
    var json = new ObjectMapper();
    for (String line : Files.readAllLines(LOG)) {
      if (line.contains(text)) {
        return Optional.of(json.readTree(line));
      }
    }
    return Optional.empty();
  }
}
