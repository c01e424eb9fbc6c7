package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.as;
import static io.ytautopilot.review.api.Videos.now;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.events.GenerationStarted;
import io.ytautopilot.review.events.ReviewEventConsumers;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Events of one video from two topics, handled at the same moment by two consumers (as after a
 * restart with a backlog): both are applied in some order, none is dead-lettered.
 */
@QuarkusTest
class ConcurrentEventsTests {
  private final EventStreams streams = EventStreams.shared();
  private final String admin = Tokens.admin("ops");

  @Inject ReviewEventConsumers consumers;

  @Test
  void generationStartedAndAssetsGeneratedTogetherEndAtGate2() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String videoId = Videos.drafted(streams, "demo");
        as(admin).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
        var started = GenerationStarted.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
            .setVideoId(videoId).setWorkspaceId("demo").setGeneration(1).setScenes(3).build();
        var assets = Videos.assets(videoId, "demo", 1, "ab".repeat(32));
        List<Callable<Void>> both = List.of(
            () -> ReactiveTransactions.await(() -> consumers.onGenerationStarted(started)),
            () -> ReactiveTransactions.await(() -> consumers.onAssetsGenerated(assets)));
        for (var result : pool.invokeAll(both)) {
          result.get(); // neither handler failed
        }
        assertThat(Videos.state(videoId)).isEqualTo("VIDEO_PENDING_REVIEW");
      }
    } finally {
      pool.shutdown();
    }
  }
}
