package io.ytautopilot.production.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.events.GenerationProgress;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoCancelled;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The queue holds an approved video while a provider it uses is outside its off-peak window, or until
 * its next scheduled run: the video is admitted (a QUEUED progress says why) and waits, rendering
 * nothing. Each case restarts the application with its own settings.
 */
abstract class HeldQueueContract extends ProductionServiceTest {
  abstract void saysWhy(String message);

  @Test
  void aHeldVideoWaitsQueuedAndSaysWhy() throws Exception {
    String videoId = UUID.randomUUID().toString();
    try (ConsumerTask<String, GenerationProgress> progress = streams.read(Topics.GENERATION_PROGRESS)) {
      streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "demo", 1));

      GenerationProgress queued = await().atMost(Duration.ofSeconds(30)).until(() -> progress.getRecords().stream()
          .filter(record -> videoId.equals(record.key()))
          .map(ConsumerRecord::value).findFirst().orElse(null), report -> report != null);

      assertThat(queued.getStage()).isEqualTo("QUEUED");
      saysWhy(queued.getMessage());
      // several polls of the queue later, it is still waiting
      Thread.sleep(4000);
      given().get("/productions/{id}", videoId).then().statusCode(200)
          .body("state", equalTo("QUEUED"))
          .body("attempts", equalTo(0))
          .body("clips.size()", equalTo(0));
      assertThat(progress.getRecords().stream().filter(record -> videoId.equals(record.key()))).hasSize(1);
    } finally {
      // a held video left queued would be rendered by the next start of the application (another test's)
      streams.publish(Topics.VIDEO_CANCELLED, videoId, VideoCancelled.newBuilder()
          .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
          .setVideoId(videoId).setWorkspaceId("demo").setCancelledBy("test").setReason("held-queue test done").build());
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/productions/{id}", videoId)
          .then().statusCode(200).body("state", equalTo("CANCELLED")));
    }
  }
}
