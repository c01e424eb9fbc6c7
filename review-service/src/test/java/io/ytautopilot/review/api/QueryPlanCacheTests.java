package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Each query is interpreted once: a drafted script, a reviewer's decision and the relay pass that
 * publishes it reuse Hibernate's cached query plans. A native query with a result class did not (see
 * docs/performance.md): every run cached one more plan of the same SQL, so each lookup got slower and
 * the heap grew with the load.
 */
@QuarkusTest
class QueryPlanCacheTests {
  private static final int DECISIONS = 5;

  private final EventStreams streams = EventStreams.shared();
  private final String alice = Tokens.reviewer("alice", "demo");

  @Inject Mutiny.SessionFactory sessions;

  @Test
  void draftsDecisionsAndTheirEventsReuseTheCachedQueryPlans() {
    draftApproveAndAwaitTheEvent(); // every query of the path has run once
    long missesBefore = sessions.getStatistics().getQueryPlanCacheMissCount();

    for (int i = 0; i < DECISIONS; i++) {
      draftApproveAndAwaitTheEvent();
    }

    assertThat(sessions.getStatistics().getQueryPlanCacheMissCount() - missesBefore)
        .as("query plans interpreted again during %d drafts, decisions and relay passes", DECISIONS)
        .isZero();
  }

  private void draftApproveAndAwaitTheEvent() {
    String videoId = Videos.drafted(streams, "demo");
    as(alice).post("/videos/{id}/gate1/approve", videoId).then().statusCode(200);
    streams.<ScriptApproved>awaitRecord(Topics.SCRIPT_APPROVED, videoId, Duration.ofSeconds(30));
  }
}
