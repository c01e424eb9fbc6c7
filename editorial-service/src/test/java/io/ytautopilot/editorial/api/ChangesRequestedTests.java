package io.ytautopilot.editorial.api;

import static io.restassured.RestAssured.given;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.trend;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.trendsFetched;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ytautopilot.eventing.failures.FailureTopics;
import io.ytautopilot.events.ChangesRequested;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Gate 1 sends a script back with notes; the next revision of the same video comes out, over the real stack. */
@QuarkusTest
class ChangesRequestedTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  /** How long to watch for a draft that must not come: several relay passes. */
  private static final Duration QUIET_WINDOW = Duration.ofSeconds(3);
  private static final String DEAD_LETTERS =
      FailureTopics.deadLetterTopic(Topics.CHANGES_REQUESTED, "editorial-service");
  private static final String NOTES = "The hook buries the surprise; lead with the three hearts.";

  private final EventStreams streams = EventStreams.shared();

  @Inject Pool database;

  @Test
  void requestedChangesBecomeTheNextRevisionOfTheSameVideo() {
    String workspace = "ws-" + UUID.randomUUID();
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      ScriptDrafted first = firstDraft(drafted, workspace);
      String videoId = first.getVideoId();

      streams.publish(Topics.CHANGES_REQUESTED, videoId, changesRequested(first, 1, NOTES));

      ScriptDrafted second = awaitRevision(drafted, videoId, 2);
      assertThat(second.getWorkspaceId()).isEqualTo(workspace);
      assertThat(second.getTopic()).isEqualTo(first.getTopic());
      assertThat(second.getAnswersNotes()).isEqualTo(NOTES);
      assertThat(second.getHook()).isNotEqualTo(first.getHook());
      assertThat(second.getTitle()).isNotEqualTo(first.getTitle()).hasSizeLessThanOrEqualTo(100);
      assertThat(second.getScenes()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(streams.countWithKey(Topics.SCRIPT_DRAFTED, videoId, QUIET_WINDOW))
          .as("revision 1 and revision 2, nothing else").isEqualTo(2);

      given().get("/scripts/{videoId}", videoId).then().statusCode(200)
          .body("revision", equalTo(2))
          .body("answersNotes", equalTo(NOTES))
          .body("changeNote", containsString(NOTES))
          .body("videoPackage.title", equalTo(second.getTitle()))
          .body("videoPackage.hook", equalTo(second.getHook()));
      given().get("/scripts/{videoId}/revisions", videoId).then().statusCode(200)
          .body("revision", contains(1, 2))
          .body("answersNotes", contains(nullValue(), equalTo(NOTES)))
          .body("videoPackage.title", contains(first.getTitle(), second.getTitle()));
      given().get("/workspaces/{ws}/scripts", workspace).then().statusCode(200)
          .body("size()", equalTo(1))
          .body("[0].revision", equalTo(2))
          .body("[0].title", equalTo(second.getTitle()));
    }
  }

  @Test
  void aRedeliveredOrStaleRequestDraftsNothingMore() {
    String workspace = "ws-" + UUID.randomUUID();
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      ScriptDrafted first = firstDraft(drafted, workspace);
      String videoId = first.getVideoId();
      ChangesRequested request = changesRequested(first, 1, NOTES);
      streams.publish(Topics.CHANGES_REQUESTED, videoId, request);
      streams.publish(Topics.CHANGES_REQUESTED, videoId, request);
      awaitRevision(drafted, videoId, 2);

      // revision 2 supersedes revision 1: notes on revision 1, even under a new event id, are stale
      ChangesRequested stale = changesRequested(first, 1, "Another take on the first version.");
      streams.publish(Topics.CHANGES_REQUESTED, videoId, stale);
      await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> handled(stale.getEventId()));

      assertThat(streams.countWithKey(Topics.SCRIPT_DRAFTED, videoId, QUIET_WINDOW)).isEqualTo(2);
      given().get("/scripts/{videoId}/revisions", videoId).then().statusCode(200)
          .body("revision", contains(1, 2))
          .body("[1].answersNotes", equalTo(NOTES));
    }
  }

  @Test
  void aRequestForAnUnknownVideoIsDeadLetteredAndTheConsumerCarriesOn() {
    String workspace = "ws-" + UUID.randomUUID();
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED);
        var kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
      ScriptDrafted first = firstDraft(drafted, workspace);
      String unknownVideo = UUID.randomUUID().toString();
      ChangesRequested unknown = ChangesRequested.newBuilder(changesRequested(first, 1, NOTES))
          .setVideoId(unknownVideo).build();
      streams.publish(Topics.CHANGES_REQUESTED, unknownVideo, unknown);
      streams.publish(Topics.CHANGES_REQUESTED, first.getVideoId(), changesRequested(first, 1, NOTES));

      awaitRevision(drafted, first.getVideoId(), 2);
      try (var deadLetters = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
          .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(DEAD_LETTERS)) {
        var deadLetter = await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
            .until(() -> deadLetters.getRecords().stream().filter(record -> unknownVideo.equals(record.key()))
                .findFirst().orElse(null), record -> record != null);
        assertThat(new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
            .contains("no script drafted for video " + unknownVideo);
      }
      assertThat(streams.countWithKey(Topics.SCRIPT_DRAFTED, unknownVideo, Duration.ZERO)).isZero();
      assertThat(handled(unknown.getEventId())).as("a failed event leaves no claim, so a replay is handled").isFalse();
      given().get("/scripts/{videoId}", unknownVideo).then().statusCode(404);
      given().get("/scripts/{videoId}/revisions", unknownVideo).then().statusCode(404)
          .body("error", equalTo("not-found"));
    }
  }

  /** Drafts a new video for the workspace and returns its revision 1. */
  private ScriptDrafted firstDraft(ConsumerTask<String, ScriptDrafted> drafted, String workspace) {
    streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 1));
    streams.publish(Topics.TRENDS_FETCHED, workspace,
        trendsFetched(workspace, trend("Why Octopuses Have Three Hearts", 88.2)));
    ScriptDrafted first = await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
        .until(() -> drafted.getRecords().stream().map(ConsumerRecord::value)
            .filter(draft -> draft != null && workspace.equals(draft.getWorkspaceId())).findFirst().orElse(null),
            draft -> draft != null);
    assertThat(first.getRevision()).isEqualTo(1);
    assertThat(first.getAnswersNotes()).isNull();
    return first;
  }

  private static ScriptDrafted awaitRevision(ConsumerTask<String, ScriptDrafted> drafted, String videoId,
      int revision) {
    return await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
        .until(() -> drafted.getRecords().stream()
            .filter(record -> videoId.equals(record.key()) && record.value().getRevision() == revision)
            .map(ConsumerRecord::value).findFirst().orElse(null), draft -> draft != null);
  }

  /** The inbox claim commits with the handling, so a claimed event has been fully handled. */
  private boolean handled(String eventId) {
    return database.preparedQuery("select count(*) from inbox_event where event_id = $1 and consumer = 'editorial-service'")
        .execute(Tuple.of(eventId)).await().atMost(Duration.ofSeconds(10))
        .iterator().next().getLong(0) == 1;
  }

  static ChangesRequested changesRequested(ScriptDrafted draft, int revision, String notes) {
    return ChangesRequested.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(draft.getVideoId())
        .setWorkspaceId(draft.getWorkspaceId())
        .setRevision(revision)
        .setRequestedBy("alice")
        .setNotes(notes)
        .build();
  }
}
