package io.ytautopilot.trend.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.Trend;
import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Fetches through HTTP and checks what reaches the real broker and PostgreSQL. */
@QuarkusTest
class TrendFetchTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  private final EventStreams streams = EventStreams.shared();

  @Inject Pool database;



  @Test
  void aFetchPublishesRankedTrendsThatKeepTheirIdsWhenFetchedAgain() {
    String workspace = "ws-" + UUID.randomUUID();
    List<TrendsFetched> events;
    try (ConsumerTask<String, TrendsFetched> topic = streams.read(Topics.TRENDS_FETCHED)) {
      String firstFetch = fetch(workspace);
      String secondFetch = fetch(workspace);
      events = await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
          .until(() -> eventsFor(topic, workspace), received -> received.size() >= 2);
      assertThat(events).extracting(TrendsFetched::getFetchId).containsExactly(firstFetch, secondFetch);
    }

    TrendsFetched first = events.get(0);
    assertThat(first.getWorkspaceId()).isEqualTo(workspace);
    assertThat(first.getTrends()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(first.getTrends()).extracting(Trend::getScore).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(first.getTrends()).allSatisfy(trend -> assertThat(trend.getScore()).isBetween(0.0, 100.0));
    assertThat(idsByTitle(events.get(1))).isEqualTo(idsByTitle(first));

    Row stored = database.preparedQuery(
            "select count(*), count(distinct normalized_title), count(distinct id) from trend where workspace_id = $1")
        .execute(Tuple.of(workspace)).await().atMost(Duration.ofSeconds(10)).iterator().next();
    assertThat(stored.getLong(0)).isEqualTo(first.getTrends().size())
        .isEqualTo(stored.getLong(1)).isEqualTo(stored.getLong(2));

    List<String> listed = given().get("/workspaces/{ws}/trends", workspace).then().statusCode(200)
        .extract().jsonPath().getList("id");
    assertThat(listed).containsExactlyElementsOf(first.getTrends().stream().map(Trend::getTrendId).toList());
  }

  @Test
  void aMalformedWorkspaceIdIsA400ThatSaysWhatAWorkspaceIdIs() {
    for (String malformed : List.of("Demo", "no_underscores", "-leading-dash", "a".repeat(65))) {
      given().post("/workspaces/{ws}/trends/fetch", malformed)
          .then().statusCode(400)
          .body("violations[0].message", containsString("lowercase letters, digits or dashes"));
    }
    given().get("/workspaces/{ws}/trends", "Demo").then().statusCode(400);
    given().get("/workspaces/{ws}/trends", "ws-never-fetched-" + UUID.randomUUID()).then().statusCode(200)
        .body("size()", equalTo(0));
  }

  private static String fetch(String workspace) {
    return given().post("/workspaces/{ws}/trends/fetch", workspace)
        .then().statusCode(200)
        .body("workspaceId", equalTo(workspace))
        .extract().jsonPath().getString("fetchId");
  }

  private static List<TrendsFetched> eventsFor(ConsumerTask<String, TrendsFetched> topic, String workspace) {
    return topic.getRecords().stream().filter(record -> workspace.equals(record.key()))
        .map(ConsumerRecord::value).toList();
  }

  private static Map<String, String> idsByTitle(TrendsFetched event) {
    return event.getTrends().stream().collect(Collectors.toMap(Trend::getTitle, Trend::getTrendId));
  }
}
