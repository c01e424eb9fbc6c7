package io.ytautopilot.editorial.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.events.Chapter;
import io.ytautopilot.events.ModelCall;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.Trend;
import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** TrendsFetched in, ScriptDrafted out, over the real local broker, registry and PostgreSQL. */
@QuarkusTest
class ScriptDraftingTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  /** How long to watch for a draft that must not come: several relay passes. */
  private static final Duration QUIET_WINDOW = Duration.ofSeconds(3);
  private static final Trend LIGHTNING = trend("How Lightning Forms Inside a Thundercloud", 61.5);
  private static final Trend OCTOPUS = trend("Why Octopuses Have Three Hearts", 88.2);
  private static final Trend AURORA = trend("What Causes the Northern Lights?", 74.0);

  private final EventStreams streams = EventStreams.shared();

  @Inject Pool database;



  @Test
  void fetchedTrendsBecomeADraftOnTheBestScoredOne() {
    String workspace = "ws-" + UUID.randomUUID();
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      configure(workspace);
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, LIGHTNING, OCTOPUS, AURORA));

      ConsumerRecord<String, ScriptDrafted> record = awaitDrafts(drafted, workspace, 1).get(0);
      ScriptDrafted draft = record.value();
      assertThat(record.key()).isEqualTo(draft.getVideoId());
      assertThat(draft.getWorkspaceId()).isEqualTo(workspace);
      assertThat(draft.getRevision()).isEqualTo(1);
      assertThat(draft.getTopic()).isEqualTo(OCTOPUS.getTitle());
      assertThat(draft.getTitle()).hasSizeLessThanOrEqualTo(100);
      assertThat(draft.getTags()).isNotEmpty();
      assertThat(draft.getScenes()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(draft.getScenes()).extracting(Scene::getIndex)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, draft.getScenes().size()).boxed().toList());
      assertThat(draft.getTargetFormat()).isEqualTo("SHORTS");
      assertThat(draft.getSelectionReason()).startsWith("Best score (88.2) of 3 candidates");
      assertThat(draft.getChapters()).isNotEmpty().first().extracting(Chapter::getStartSeconds).isEqualTo(0);
      assertThat(draft.getModelCalls()).extracting(ModelCall::getProvider).containsOnly("offline");
      assertThat(draft.getPromptVariants()).isEmpty();

      given().get("/scripts/{videoId}", draft.getVideoId()).then().statusCode(200)
          .body("trendId", equalTo(OCTOPUS.getTrendId()))
          .body("videoPackage.title", equalTo(draft.getTitle()))
          .body("videoPackage.scenes.size()", equalTo(draft.getScenes().size()));
      given().get("/workspaces/{ws}/scripts", workspace).then().statusCode(200)
          .body("size()", equalTo(1))
          .body("[0].videoId", equalTo(draft.getVideoId()));
    }
  }

  @Test
  void aRedeliveredEventDraftsNothingMore() {
    String workspace = "ws-" + UUID.randomUUID();
    TrendsFetched event = trendsFetched(workspace, LIGHTNING, OCTOPUS, AURORA);
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      configure(workspace);
      streams.publish(Topics.TRENDS_FETCHED, workspace, event);
      streams.publish(Topics.TRENDS_FETCHED, workspace, event);

      awaitDrafts(drafted, workspace, 1);
      await().pollDelay(QUIET_WINDOW).until(() -> true);
      assertThat(draftsOf(drafted, workspace)).hasSize(1);
    }
    given().get("/workspaces/{ws}/scripts", workspace).then().body("size()", equalTo(1));
  }

  @Test
  void theSameTrendsFetchedAgainGiveTheNextBestTopic() {
    String workspace = "ws-" + UUID.randomUUID();
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      configure(workspace);
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, LIGHTNING, OCTOPUS, AURORA));
      awaitDrafts(drafted, workspace, 1);
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, LIGHTNING, OCTOPUS, AURORA));

      assertThat(awaitDrafts(drafted, workspace, 2)).extracting(record -> record.value().getTopic())
          .containsExactly(OCTOPUS.getTitle(), AURORA.getTitle());
    }
  }

  @Test
  void whenEveryTopicIsUsedNothingIsDrafted() {
    String workspace = "ws-" + UUID.randomUUID();
    // the same topic as OCTOPUS in other words: it counts as used once OCTOPUS is
    Trend octopusAgain = trend("why octopuses have THREE hearts!", 80.0);
    TrendsFetched last = trendsFetched(workspace, OCTOPUS, octopusAgain, LIGHTNING);
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      configure(workspace);
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, OCTOPUS, octopusAgain, LIGHTNING));
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, OCTOPUS, octopusAgain, LIGHTNING));
      streams.publish(Topics.TRENDS_FETCHED, workspace, last);

      assertThat(awaitDrafts(drafted, workspace, 2)).extracting(record -> record.value().getTopic())
          .containsExactly(OCTOPUS.getTitle(), LIGHTNING.getTitle());
      await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> handled(last.getEventId()));
      await().pollDelay(QUIET_WINDOW).until(() -> true);
      assertThat(draftsOf(drafted, workspace)).hasSize(2);
    }
    given().get("/workspaces/{ws}/scripts", workspace).then().body("size()", equalTo(2));
  }

  @Test
  void anUnknownVideoIsA404ThatSaysSo() {
    given().get("/scripts/{videoId}", UUID.randomUUID()).then().statusCode(404).body("error", equalTo("not-found"));
    given().get("/scripts/not-a-uuid").then().statusCode(404);
    given().get("/workspaces/{ws}/scripts", "ws-" + UUID.randomUUID()).then().statusCode(200).body("size()", equalTo(0));
  }

  /** Drafting needs the workspace's definition; trend-service sends it before any trends. */
  private void configure(String workspace) {
    streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 1));
  }

  static List<ConsumerRecord<String, ScriptDrafted>> awaitDrafts(
      ConsumerTask<String, ScriptDrafted> topic, String workspace, int count) {
    return await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
        .until(() -> draftsOf(topic, workspace), drafts -> drafts.size() >= count);
  }

  /** ScriptDrafted is keyed by video, so a workspace's drafts are found by their content. */
  static List<ConsumerRecord<String, ScriptDrafted>> draftsOf(
      ConsumerTask<String, ScriptDrafted> topic, String workspace) {
    return topic.getRecords().stream().filter(record -> workspace.equals(record.value().getWorkspaceId())).toList();
  }

  /** The inbox claim commits with the handling, so a claimed event has been fully handled. */
  private boolean handled(String eventId) {
    return database.preparedQuery("select count(*) from inbox_event where event_id = $1 and consumer = 'editorial-service'")
        .execute(Tuple.of(eventId)).await().atMost(Duration.ofSeconds(10))
        .iterator().next().getLong(0) == 1;
  }

  static TrendsFetched trendsFetched(String workspace, Trend... trends) {
    return TrendsFetched.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setWorkspaceId(workspace)
        .setFetchId(UUID.randomUUID().toString())
        .setTrends(List.of(trends))
        .build();
  }

  static Trend trend(String title, double score) {
    return Trend.newBuilder().setTrendId(UUID.randomUUID().toString()).setTitle(title).setSource("test feed")
        .setUrl("https://example.org/" + title.length()).setScore(score).build();
  }
}
