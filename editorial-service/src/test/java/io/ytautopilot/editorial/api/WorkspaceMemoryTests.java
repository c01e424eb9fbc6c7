package io.ytautopilot.editorial.api;

import static io.restassured.RestAssured.given;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.awaitDrafts;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.trend;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.trendsFetched;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.eventing.failures.FailureTopics;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.ScriptRejected;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.WorkspaceConfigured;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Workspace profiles from yt.workspaces, and the memory a workspace builds, over the real stack. */
@QuarkusTest
class WorkspaceMemoryTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

  private final EventStreams streams = EventStreams.shared();

  @Inject Pool database;

  @Test
  void theLatestVersionOfAWorkspaceWinsAndAnOlderOneChangesNothing() {
    String workspace = "ws-" + UUID.randomUUID();
    streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 2));
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> storedVersion(workspace) == 2);

    WorkspaceConfigured older = Workspaces.configured(workspace, 1);
    streams.publish(Topics.WORKSPACES, workspace, older);
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> handled(older.getEventId()));
    assertThat(storedVersion(workspace)).isEqualTo(2);

    streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 3));
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> storedVersion(workspace) == 3);
  }

  @Test
  void trendsForAWorkspaceNeverConfiguredAreDeadLetteredWithTheReason() {
    String workspace = "ws-unknown-" + UUID.randomUUID();
    try (var kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        var deadLetters = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
            .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(FailureTopics.deadLetterTopic(Topics.TRENDS_FETCHED, "editorial-service"))) {
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, trend("Why Ice Is Slippery", 60)));

      var deadLetter = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
          .until(() -> deadLetters.getRecords().stream().filter(record -> workspace.equals(record.key()))
              .findFirst().orElse(null), record -> record != null);
      assertThat(new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
          .contains("workspace " + workspace + " is not configured");
      // it waited for the workspace on the first read and on each of the two retries
      assertThat(new String(deadLetter.headers().lastHeader("dead-letter-attempts").value(), StandardCharsets.UTF_8))
          .isEqualTo("3");
    }
    given().get("/workspaces/{ws}/scripts", workspace).then().body("size()", equalTo(0));
  }

  @Test
  void theMemoryListsDraftedTopicsWithTitlesDatesAndRejections() {
    String workspace = "ws-" + UUID.randomUUID();
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 1));
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace,
          trend("Why Octopuses Have Three Hearts", 88.2), trend("What Causes the Northern Lights?", 74.0)));
      ScriptDrafted first = awaitDrafts(drafted, workspace, 1).get(0).value();

      streams.publish(Topics.SCRIPT_REJECTED, first.getVideoId(), ScriptRejected.newBuilder()
          .setEventId(UUID.randomUUID().toString())
          .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
          .setVideoId(first.getVideoId())
          .setWorkspaceId(workspace)
          .setRevision(1)
          .setRejectedBy("alice")
          .setReason("covered to death elsewhere")
          .build());

      await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
          given().get("/workspaces/{ws}/memory", workspace).then().statusCode(200)
              .body("size()", equalTo(1))
              .body("[0].videoId", equalTo(first.getVideoId()))
              .body("[0].topic", equalTo("Why Octopuses Have Three Hearts"))
              .body("[0].title", equalTo(first.getTitle()))
              .body("[0].usedAt", notNullValue())
              .body("[0].rejectionReason", equalTo("covered to death elsewhere")));

      // the rejected topic is used: the next fetch of the same trends drafts the other one
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace,
          trend("Why Octopuses Have Three Hearts", 88.2), trend("What Causes the Northern Lights?", 74.0)));
      assertThat(awaitDrafts(drafted, workspace, 2).get(1).value().getTopic())
          .isEqualTo("What Causes the Northern Lights?");
    }
  }

  @Test
  void aTopicComesBackOnlyOnceTheRepeatWindowHasPassed() {
    String workspace = "ws-" + UUID.randomUUID();
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 1)); // a 90-day window
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, trend("Why Ice Is Slippery", 66)));
      awaitDrafts(drafted, workspace, 1);

      var within = trendsFetched(workspace, trend("Why ice is slippery!", 70));
      streams.publish(Topics.TRENDS_FETCHED, workspace, within);
      await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> handled(within.getEventId()));
      assertThat(ScriptDraftingTests.draftsOf(drafted, workspace)).hasSize(1);

      // 91 days later (the memory's date moved back): the topic may come back
      database.preparedQuery("update used_topic set used_at = used_at - interval '91 days' where workspace_id = $1")
          .execute(Tuple.of(workspace)).await().atMost(Duration.ofSeconds(10));
      streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, trend("Why ice is slippery!", 70)));
      assertThat(awaitDrafts(drafted, workspace, 2).get(1).value().getTopic()).isEqualTo("Why ice is slippery!");
    }
    given().get("/workspaces/{ws}/memory", workspace).then().body("size()", equalTo(2));
  }

  private int storedVersion(String workspace) {
    var rows = database.preparedQuery("select version from workspace_profile where workspace_id = $1")
        .execute(Tuple.of(workspace)).await().atMost(Duration.ofSeconds(10));
    return rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0);
  }

  private boolean handled(String eventId) {
    return database.preparedQuery("select count(*) from inbox_event where event_id = $1 and consumer = 'editorial-service'")
        .execute(Tuple.of(eventId)).await().atMost(Duration.ofSeconds(10))
        .iterator().next().getLong(0) == 1;
  }
}
