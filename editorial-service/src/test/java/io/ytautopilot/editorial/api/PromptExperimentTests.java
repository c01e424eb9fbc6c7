package io.ytautopilot.editorial.api;

import static io.restassured.RestAssured.given;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.awaitDrafts;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.trend;
import static io.ytautopilot.editorial.api.ScriptDraftingTests.trendsFetched;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.ytautopilot.events.PromptExperiment;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.ScriptRejected;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoStatsUpdated;
import io.ytautopilot.testsupport.EventStreams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A/B prompts: each video of a workspace under a package experiment gets a variant, sent in
 * ScriptDrafted; the report counts what review-service and publish-service later say about them.
 */
@QuarkusTest
class PromptExperimentTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  private static final List<String> VARIANTS = List.of("default", "storytelling");
  private static final List<String> TOPICS = List.of("Why Octopuses Have Three Hearts",
      "What Causes the Northern Lights?", "How Lightning Forms Inside a Thundercloud", "Why Ice Is Slippery");

  private final EventStreams streams = EventStreams.shared();

  @Test
  void theReportCountsDraftsApprovalsChangeRequestsRejectionsAndViewsPerVariant() {
    String workspace = "ws-" + UUID.randomUUID();
    streams.publish(Topics.WORKSPACES, workspace, Workspaces.configured(workspace, 1,
        new PromptExperiment("PACKAGE", VARIANTS)));
    List<ScriptDrafted> videos;
    try (ConsumerTask<String, ScriptDrafted> drafted = streams.read(Topics.SCRIPT_DRAFTED)) {
      for (String topic : TOPICS) { // one trend per fetch: four videos
        streams.publish(Topics.TRENDS_FETCHED, workspace, trendsFetched(workspace, trend(topic, 80)));
      }
      videos = awaitDrafts(drafted, workspace, TOPICS.size()).stream().map(ConsumerRecord::value).toList();
    }
    assertThat(videos).allSatisfy(video -> assertThat(VARIANTS).contains(video.getPromptVariants().get("PACKAGE")));

    ScriptDrafted approved = videos.get(0);
    ScriptDrafted sentBack = videos.get(1);
    ScriptDrafted rejected = videos.get(2);
    ScriptDrafted watched = videos.get(3);
    streams.publish(Topics.SCRIPT_APPROVED, approved.getVideoId(), approval(approved, 1));
    streams.publish(Topics.CHANGES_REQUESTED, sentBack.getVideoId(),
        ChangesRequestedTests.changesRequested(sentBack, 1, "Less jargon, please."));
    streams.publish(Topics.SCRIPT_REJECTED, rejected.getVideoId(), rejection(rejected));
    Instant measured = Instant.now().truncatedTo(ChronoUnit.MICROS);
    streams.publish(Topics.VIDEO_STATS_UPDATED, approved.getVideoId(), stats(approved, 40, measured));
    streams.publish(Topics.VIDEO_STATS_UPDATED, watched.getVideoId(), stats(watched, 100, measured));
    streams.publish(Topics.VIDEO_STATS_UPDATED, watched.getVideoId(), stats(watched, 250, measured.plusSeconds(60)));
    // a measurement older than the latest one (late, replayed) changes nothing
    streams.publish(Topics.VIDEO_STATS_UPDATED, watched.getVideoId(), stats(watched, 180, measured.plusSeconds(30)));

    Map<String, int[]> expected = new HashMap<>(); // variant -> drafted, first-time passes, requests, rejected, views
    VARIANTS.forEach(variant -> expected.put(variant, new int[5]));
    videos.forEach(video -> expected.get(variant(video))[0]++);
    expected.get(variant(approved))[1]++;
    expected.get(variant(sentBack))[2]++;
    expected.get(variant(rejected))[3]++;
    expected.get(variant(approved))[4] += 40;
    expected.get(variant(watched))[4] += 250;

    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      JsonPath report = given().get("/workspaces/{ws}/prompt-experiments", workspace).then().statusCode(200)
          .extract().jsonPath();
      assertThat(report.getList("phase")).containsOnly("PACKAGE");
      assertThat(report.getList("variant")).containsExactlyElementsOf(VARIANTS);
      for (int row = 0; row < VARIANTS.size(); row++) {
        int[] counts = expected.get(report.getString("[" + row + "].variant"));
        assertThat(report.getInt("[" + row + "].videosDrafted")).isEqualTo(counts[0]);
        assertThat(report.getInt("[" + row + "].passedGate1FirstTime")).isEqualTo(counts[1]);
        assertThat(report.getInt("[" + row + "].changesRequested")).isEqualTo(counts[2]);
        assertThat(report.getInt("[" + row + "].rejected")).isEqualTo(counts[3]);
        assertThat(report.getLong("[" + row + "].totalViews")).isEqualTo(counts[4]);
      }
    });
  }

  private static String variant(ScriptDrafted video) {
    return video.getPromptVariants().get("PACKAGE");
  }

  private static ScriptApproved approval(ScriptDrafted draft, int revision) {
    return ScriptApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(draft.getVideoId())
        .setWorkspaceId(draft.getWorkspaceId())
        .setRevision(revision)
        .setApprovedBy("alice")
        .setTitle(draft.getTitle())
        .setScenes(draft.getScenes())
        .build();
  }

  private static ScriptRejected rejection(ScriptDrafted draft) {
    return ScriptRejected.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(draft.getVideoId())
        .setWorkspaceId(draft.getWorkspaceId())
        .setRevision(1)
        .setRejectedBy("bob")
        .setReason("off-brand")
        .build();
  }

  private static VideoStatsUpdated stats(ScriptDrafted draft, long views, Instant measuredAt) {
    return VideoStatsUpdated.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(draft.getVideoId())
        .setWorkspaceId(draft.getWorkspaceId())
        .setYoutubeVideoId("yt-" + draft.getVideoId().substring(0, 8))
        .setMeasuredAt(measuredAt)
        .setViews(views)
        .setLikes(views / 10)
        .setComments(views / 50)
        .build();
  }
}
