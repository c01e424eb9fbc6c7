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
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What ops see: log lines that name the event, video and workspace they are about, and Prometheus
 * metrics for events, the outbox and the review queue.
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
