package io.ytautopilot.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.ytautopilot.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A video is one trace from trend's fetch to its publication: every service's log lines about
 * handling the video's events carry the trace id of the fetch that found its topic, across the
 * Kafka hops, the outboxes and the two reviewers' approvals in between.
 */
@ExtendWith(SharedSystem.class)
class TracePropagationIT {
  private static PipelineSystem system;

  @BeforeAll
  static void startTheSystem() {
    system = SharedSystem.get();
  }

  @Test
  void everyServiceHandlesAVideosEventsInTheTraceOfTheFetchThatFoundIt() throws Exception {
    String workspace = "trace-" + UUID.randomUUID().toString().substring(0, 8);
    system.createWorkspaceAndFetch(workspace, List.of("shocking"));
    String videoId = await("a drafted script reaches Gate 1").atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> asReviewer("ops").queryParam("workspace", workspace).get(system.url("review-service", "/videos"))
            .jsonPath().getString("find { it.state == 'SCRIPT_PENDING_REVIEW' }.id"), id -> id != null);
    decide(videoId, "gate1/approve", "alice");
    awaitState(videoId, "VIDEO_PENDING_REVIEW", Duration.ofMinutes(4));
    decide(videoId, "gate2/approve", "bob");
    awaitState(videoId, "PUBLISHED", Duration.ofSeconds(60));

    var fetched = fetched(workspace);
    String fetchTrace = traceIdOf(fetched.traceparent());
    assertThat(ServiceLogs.withContext("editorial-service", "eventId", fetched.eventId()))
        .as("editorial drafts in the fetch's trace").isNotEmpty()
        .allSatisfy(line -> assertThat(line.path("mdc").path("traceId").asText()).isEqualTo(fetchTrace));
    for (String service : List.of("review-service", "production-service", "publish-service")) {
      // lines written while handling one of the video's events (a reviewer's API call has a trace of its
      // own, but the events it causes continue the video's)
      List<JsonNode> handling = ServiceLogs.withContext(service, "videoId", videoId).stream()
          .filter(line -> line.path("mdc").hasNonNull("eventId")).toList();
      assertThat(handling).as(service + " handled the video's events").isNotEmpty()
          .allSatisfy(line -> assertThat(line.path("mdc").path("traceId").asText()).as(line.toString())
              .isEqualTo(fetchTrace));
    }
  }

  private record Fetched(String eventId, String traceparent) {}

  /** The workspace's TrendsFetched record, as trend's fetch wrote it: its event id and traceparent headers. */
  private static Fetched fetched(String workspace) {
    var properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PipelineSystem.KAFKA);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.TRENDS_FETCHED, Duration.ofSeconds(10)).stream()
          .map(info -> new TopicPartition(Topics.TRENDS_FETCHED, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          var traceparent = record.headers().lastHeader("traceparent");
          if (workspace.equals(record.key()) && traceparent != null) {
            return new Fetched(new String(record.headers().lastHeader("id").value(), StandardCharsets.UTF_8),
                new String(traceparent.value(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    throw new AssertionError("no TrendsFetched record with a traceparent for " + workspace);
  }

  /** W3C traceparent: version-traceid-spanid-flags. */
  private static String traceIdOf(String traceparent) {
    assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    return traceparent.split("-")[1];
  }

  private static void decide(String videoId, String decision, String reviewer) {
    asReviewer(reviewer).contentType(ContentType.JSON).body(Map.of("comment", "fine by " + reviewer))
        .post(system.url("review-service", "/videos/{id}/" + decision), videoId)
        .then().statusCode(200);
  }

  private static RequestSpecification asReviewer(String name) {
    String token = given().formParam("username", name).post(system.url("review-service", "/auth/dev-token"))
        .then().statusCode(200).extract().jsonPath().getString("token");
    return given().header("Authorization", "Bearer " + token);
  }

  private static void awaitState(String videoId, String state, Duration timeout) {
    await(videoId + " reaches " + state).atMost(timeout).pollInterval(Duration.ofMillis(250))
        .until(() -> asReviewer("ops").get(system.url("review-service", "/videos/{id}"), videoId)
            .then().statusCode(200).extract().jsonPath().getString("state"), state::equals);
  }
}
