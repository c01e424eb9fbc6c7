package io.ytautopilot.trend.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.Trend;
import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.testsupport.EventStreams;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A workspace from a file fetches on its own cron, without anyone calling the API, and follows a new cron. */
@QuarkusTest
@TestProfile(ScheduledFetchProfile.class)
@QuarkusTestResource(SourceStubs.class)
class ScheduledFetchTests {
  private static final Duration SETTLE = Duration.ofSeconds(3);
  private final EventStreams streams = EventStreams.shared();

  @Test
  void theWorkspacesScheduleFiresAndFollowsAChangedCron() throws InterruptedException {
    given().get("/workspaces/{id}", ScheduledFetchProfile.WORKSPACE).then().statusCode(200);
    Instant since = Instant.now();
    TrendsFetched scheduled = streams.awaitValue(Topics.TRENDS_FETCHED, ScheduledFetchProfile.WORKSPACE,
        (TrendsFetched event) -> event.getOccurredAt().isAfter(since), Duration.ofSeconds(30));
    assertThat(scheduled.getTrends()).extracting(Trend::getTitle)
        .contains("Why Octopuses Have Three Hearts", "How Noise-Cancelling Headphones Erase Sound");
    assertThat(scheduled.getTrends()).allSatisfy(trend -> assertThat(trend.getSources()).containsExactly("explained"));

    Map<String, Object> definition = given().get("/workspaces/{id}", ScheduledFetchProfile.WORKSPACE)
        .then().extract().jsonPath().getMap("");
    definition.remove("version");
    definition.remove("updatedAt");
    definition.put("fetchCron", "0 0 0 1 1 ? 2099");
    given().contentType(ContentType.JSON).body(definition).put("/workspaces/{id}", ScheduledFetchProfile.WORKSPACE)
        .then().statusCode(200);
    Thread.sleep(SETTLE.toMillis()); // a fetch that started before the change may still finish
    long fetches = streams.countWithKey(Topics.TRENDS_FETCHED, ScheduledFetchProfile.WORKSPACE, Duration.ZERO);
    assertThat(streams.countWithKey(Topics.TRENDS_FETCHED, ScheduledFetchProfile.WORKSPACE, Duration.ofSeconds(6)))
        .as("no fetch on the old every-2-seconds cron").isEqualTo(fetches);
  }
}
