package io.ytautopilot.production.api;

import static io.restassured.RestAssured.given;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.Topics;
import io.ytautopilot.production.persistence.GenerationQueue;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

/**
 * What production-service's tests over the real broker share. In %test production reads approvals
 * from the end of the topic, so that the approvals other modules' tests left on the shared test
 * broker are not rendered first; a test publishes its own only once the consumer is known to read
 * new records: an unrenderable probe approval, published again until production has a job for it.
 * Every start of the application (a test profile restarts it) subscribes anew, so each one is checked once.
 */
abstract class ProductionServiceTest {
  static final Duration RENDER_TIMEOUT = Duration.ofMinutes(3);
  // the application instance (one of its beans) whose consumer was seen reading
  private static Object confirmedFor;

  final EventStreams streams = EventStreams.shared();

  @Inject
  GenerationQueue queue;

  @BeforeEach
  void approvalsAreRead() {
    synchronized (ProductionServiceTest.class) {
      if (confirmedFor != queue) {
        awaitProbe();
        confirmedFor = queue;
      }
    }
  }

  /** The first event on the topic for this video that matches. */
  <T extends SpecificRecord> T awaitEvent(String topic, String videoId, Predicate<T> matching) {
    return streams.awaitValue(topic, videoId, matching, RENDER_TIMEOUT);
  }

  /** The values on the task's topic with this key, in topic order; poison records and tombstones are skipped. */
  static <T> List<T> valuesOf(ConsumerTask<String, T> task, String key) {
    return task.getRecords().stream()
        .filter(record -> key.equals(record.key()) && record.value() != null)
        .map(ConsumerRecord::value)
        .toList();
  }

  /** Generation 1 of a script whose scenes are 4 s planned, each with 22-23 characters of narration. */
  static ScriptApproved approval(String videoId, String workspace, int scenes) {
    return approval(videoId, workspace, 1, scenes);
  }

  static ScriptApproved approval(String videoId, String workspace, int generation, int scenes) {
    return ScriptApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(videoId).setWorkspaceId(workspace).setApprovedBy("alice").setGeneration(generation)
        .setTitle("Why octopuses have three hearts")
        .setScenes(IntStream.rangeClosed(1, scenes)
            .mapToObj(index -> Scene.newBuilder().setIndex(index).setNarration("Octopus fact number " + index + ".")
                .setVisualPrompt("an octopus, scene " + index).setOnScreenText("Fact " + index)
                .setDurationSeconds(4).build())
            .toList())
        .build();
  }

  private void awaitProbe() {
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
  }
}
