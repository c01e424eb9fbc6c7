package io.ytautopilot.review.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay sends a video's events in the order they were appended, whatever their occurredAt: that
 * is the appending replica's clock, read before the video's row lock, and it can run the other way
 * (two replicas, a clock step, two threads racing for the lock). The topic is the test's own.
 */
@QuarkusTest
class OutboxOrderTests {
  private static final String TOPIC = "yt.test.outbox-order";

  @Inject Outbox outbox;

  private final EventStreams streams = EventStreams.shared();

  @Test
  void aVideosEventsReachTheTopicInAppendOrderEvenWhenTheirClockRunsBackwards() {
    String videoId = UUID.randomUUID().toString();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (ConsumerTask<String, VideoCancelled> records = streams.read(TOPIC)) {
      // one transaction: one relay pass finds both rows
      ReactiveTransactions.await(() -> Panache.withTransaction(() -> outbox
          .append(Outbox.VIDEO, videoId, TOPIC, cancelled(videoId, now, "appended first"))
          .chain(() -> outbox.append(Outbox.VIDEO, videoId, TOPIC,
              cancelled(videoId, now.minus(Duration.ofHours(1)), "appended second, an hour earlier")))));

      var relayed = await("both events on " + TOPIC).atMost(Duration.ofSeconds(30))
          .until(() -> records.getRecords().stream().filter(record -> videoId.equals(record.key()))
              .map(ConsumerRecord::value).toList(), found -> found.size() == 2);
      assertThat(relayed).extracting(VideoCancelled::getReason)
          .containsExactly("appended first", "appended second, an hour earlier");
    }
  }

  private static VideoCancelled cancelled(String videoId, Instant occurredAt, String reason) {
    return VideoCancelled.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(occurredAt)
        .setVideoId(videoId).setWorkspaceId("outbox-order").setCancelledBy("test").setReason(reason).build();
  }
}
