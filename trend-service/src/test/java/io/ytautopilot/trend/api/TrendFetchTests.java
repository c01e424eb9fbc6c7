package io.ytautopilot.trend.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.ytautopilot.trend.Fixtures.recorded;
import static io.ytautopilot.trend.api.TestWorkspaces.newId;
import static io.ytautopilot.trend.api.TestWorkspaces.source;
import static io.ytautopilot.trend.api.TestWorkspaces.spaceNewsFeed;
import static io.ytautopilot.trend.api.TestWorkspaces.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.Trend;
import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.testsupport.EventStreams;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Fetches through HTTP from a feed file and stand-ins for Hacker News and Reddit, and checks what
 * reaches the real broker and PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(SourceStubs.class)
class TrendFetchTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  private final EventStreams streams = EventStreams.shared();
  private final WireMock stubs = SourceStubs.client();

  @Test
  void aFetchMergesTheSameStoryAcrossSourcesSkipsAFailingOneAndPublishesScoredCandidates() {
    String id = newId();
    String query = "space " + id; // this test's own stubs
    String subreddit = "sub" + id.substring(3).replace("-", "");
    stubs.register(get(urlPathEqualTo("/api/v1/search")).withQueryParam("query", equalTo(query))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(recorded("sources/hn-search.json"))));
    stubs.register(get(urlPathEqualTo("/r/" + subreddit + "/hot.json")).willReturn(aResponse().withStatus(503)));
    create(workspace(id, List.of(spaceNewsFeed(), source("hn-space", "hacker-news", query),
        source("reddit-space", "reddit", subreddit))));

    List<TrendsFetched> events;
    try (ConsumerTask<String, TrendsFetched> topic = streams.read(Topics.TRENDS_FETCHED)) {
      JsonPath first = fetch("/workspaces/{id}/fetch", id);
      assertThat(first.getList("sources.status")).containsExactly("fetched", "fetched", "failed");
      assertThat(first.getList("failedSources")).containsExactly("reddit-space");
      assertThat(first.getString("sources[2].failure")).contains("HTTP 503");
      assertThat(first.getInt("sources[1].items")).isEqualTo(3);
      JsonPath again = fetch("/workspaces/{id}/trends/fetch", id); // the older path, same answer
      events = await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
          .until(() -> eventsFor(topic, id), received -> received.size() >= 2);
      assertThat(events).extracting(TrendsFetched::getFetchId)
          .containsExactly(first.getString("fetchId"), again.getString("fetchId"));
    }

    TrendsFetched fetched = events.get(0);
    // 3 feed items + 3 Hacker News stories, one of them the same Webb story as the feed's
    assertThat(fetched.getTrends()).hasSize(5);
    assertThat(fetched.getTrends()).extracting(Trend::getScore).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(fetched.getTrends()).allSatisfy(trend -> {
      assertThat(trend.getScore()).isBetween(0.0, 100.0);
      assertThat(trend.getSources()).startsWith(trend.getSource());
      assertThat(trend.getPublishedAt()).isNotNull();
    });
    Trend webb = fetched.getTrends().stream().filter(trend -> trend.getTitle().toLowerCase().contains("webb"))
        .findFirst().orElseThrow();
    assertThat(webb.getSources()).containsExactlyInAnyOrder("space-news", "hn-space");
    assertThat(webb.getNicheFit()).isEqualTo(1.0);
    assertThat(webb.getVelocity()).isPositive();
    assertThat(webb.getSummary()).isNotBlank();
    assertThat(idsByTitle(events.get(1))).as("a trend seen again keeps its id").isEqualTo(idsByTitle(fetched));

    JsonPath listed = given().get("/workspaces/{ws}/trends", id).then().statusCode(200).extract().jsonPath();
    assertThat(listed.getList("id", String.class))
        .containsExactlyElementsOf(fetched.getTrends().stream().map(Trend::getTrendId).toList());
    assertThat(listed.getDouble("[0].score")).isEqualTo(fetched.getTrends().get(0).getScore());
    assertThat(listed.getList("[0].sources")).isEqualTo(List.copyOf(fetched.getTrends().get(0).getSources()));
  }

  @Test
  void aManualFetchReusesWhatASourceDeliveredWithinTheHourUnlessForced() {
    String id = newId();
    String query = "cache " + id;
    stubs.register(get(urlPathEqualTo("/api/v1/search")).withQueryParam("query", equalTo(query))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(recorded("sources/hn-search.json"))));
    create(workspace(id, List.of(source("hn-space", "hacker-news", query))));

    assertThat(fetch("/workspaces/{id}/fetch", id).getList("sources.status")).containsExactly("fetched");
    JsonPath cached = fetch("/workspaces/{id}/fetch", id);
    assertThat(cached.getList("sources.status")).containsExactly("cached");
    assertThat(cached.getInt("trendCount")).isEqualTo(3);
    stubs.verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v1/search")).withQueryParam("query", equalTo(query)));

    assertThat(given().queryParam("force", true).post("/workspaces/{id}/fetch", id).then().statusCode(200)
        .extract().jsonPath().getList("sources.status")).containsExactly("fetched");
    stubs.verifyThat(2, getRequestedFor(urlPathEqualTo("/api/v1/search")).withQueryParam("query", equalTo(query)));

    // a changed source is not served from what the old one delivered
    var changed = workspace(id, List.of(source("hn-space", "hacker-news", query + " more")));
    given().contentType(ContentType.JSON).body(changed).put("/workspaces/{id}", id).then().statusCode(200);
    assertThat(fetch("/workspaces/{id}/fetch", id).getList("sources.status")).containsExactly("failed");
  }

  @Test
  void aMalformedWorkspaceIdIsA400ThatSaysWhatAWorkspaceIdIs() {
    for (String malformed : List.of("Demo", "no_underscores", "-leading-dash", "a".repeat(65))) {
      given().post("/workspaces/{ws}/trends/fetch", malformed)
          .then().statusCode(400)
          .body("violations[0].message", containsString("lowercase letters, digits or dashes"));
      given().post("/workspaces/{ws}/fetch", malformed).then().statusCode(400);
    }
    given().get("/workspaces/{ws}/trends", "Demo").then().statusCode(400);
  }

  private static void create(Map<String, Object> workspace) {
    given().contentType(ContentType.JSON).body(workspace).post("/workspaces").then().statusCode(201);
  }

  private static JsonPath fetch(String path, String id) {
    return given().post(path, id).then().statusCode(200)
        .body("workspaceId", is(id))
        .extract().jsonPath();
  }

  private static List<TrendsFetched> eventsFor(ConsumerTask<String, TrendsFetched> topic, String workspace) {
    return topic.getRecords().stream().filter(record -> workspace.equals(record.key()))
        .map(ConsumerRecord::value).toList();
  }

  private static Map<String, String> idsByTitle(TrendsFetched event) {
    return event.getTrends().stream().collect(Collectors.toMap(Trend::getTitle, Trend::getTrendId));
  }
}
