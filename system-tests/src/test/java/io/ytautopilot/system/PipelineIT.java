package io.ytautopilot.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.TopicRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole pipeline as ops run it: the five packaged services as separate JVMs on the local
 * Kafka, Apicurio Registry and PostgreSQL, driven through their public HTTP APIs only.
 */
@ExtendWith(SharedSystem.class)
// the replay comes last: it stops and restarts every service of the shared system
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {
  private static final List<String> CONSUMER_GROUPS = Stream.of("editorial-service", "review-service",
      "production-service", "publish-service").map(PipelineSystem::consumerGroupOf).toList();
  private static final List<String> VIDEO_TOPICS = List.of(Topics.SCRIPT_DRAFTED, Topics.SCRIPT_APPROVED,
      Topics.GENERATION_STARTED, Topics.ASSETS_GENERATED, Topics.VIDEO_APPROVED, Topics.PUBLISH_STARTED,
      Topics.VIDEO_PUBLISHED);
  private static PipelineSystem system;
  private static ReviewDesk desk;

  @BeforeAll
  static void startTheSystem() throws Exception {
    system = SharedSystem.get();
    desk = new ReviewDesk(system);
  }

  @Test
  @Order(1)
  void oneVideoGoesFromTrendToPublishedWithTwoHumanApprovalsInOneTrace() throws Exception {
    String workspace = desk.newWorkspace("sys", List.of("shocking"));
    String videoId = desk.awaitDraft(workspace);
    JsonPath draft = desk.video(videoId);
    assertThat(draft.getList("script.scenes")).hasSizeGreaterThanOrEqualTo(3);

    desk.decide(videoId, "gate1/approve", "alice");
    desk.awaitState(videoId, "VIDEO_PENDING_REVIEW", Duration.ofMinutes(4));
    // generated material waits for a human: nothing moves on by itself
    Thread.sleep(2000);
    assertThat(desk.video(videoId).getString("state")).isEqualTo("VIDEO_PENDING_REVIEW");

    long approvedAt = System.nanoTime();
    desk.decide(videoId, "gate2/approve", "bob");
    desk.awaitState(videoId, "PUBLISHED", Duration.ofSeconds(60));
    long gate2ToPublishedMillis = Duration.ofNanos(System.nanoTime() - approvedAt).toMillis();

    JsonPath published = desk.video(videoId);
    Path mp4 = Path.of(published.getString("assets.videoLocation"));
    assertThat(streamTypes(mp4)).containsExactlyInAnyOrder("video", "audio");
    assertThat(fileTimes(Path.of(published.getString("publishedLocation"))).keySet())
        .anyMatch(name -> name.endsWith(".mp4"))
        .contains("metadata.json");

    List<Map<String, Object>> history = published.getList("history");
    var states = new ArrayList<Object>(List.of("SCRIPT_PENDING_REVIEW", "READY_FOR_GENERATION", "GENERATING",
        "VIDEO_PENDING_REVIEW", "READY_FOR_PUBLISH", "PUBLISHING", "PUBLISHED"));
    var actors = new ArrayList<Object>(List.of("editorial-service", "alice", "production-service",
        "production-service", "bob", "publish-service", "publish-service"));
    if (history.stream().noneMatch(entry -> "PUBLISHING".equals(entry.get("to")))) {
      // PublishStarted and VideoPublished travel on different topics: when the second overtakes the first,
      // review goes from READY_FOR_PUBLISH to PUBLISHED at once (state-machine.md) and the late one is stale
      states.remove("PUBLISHING");
      actors.remove(actors.size() - 1);
    }
    assertThat(history).extracting(entry -> entry.get("to")).containsExactlyElementsOf(states);
    assertThat(history).extracting(entry -> entry.get("actor")).containsExactlyElementsOf(actors);
    // publish-service verified the signed approvals and the checksum of the very file it exported
    String metadata = Files.readString(Path.of(published.getString("publishedLocation")).resolve("metadata.json"));
    assertThat(metadata).contains(published.getString("assets.videoSha256"));
    assertThat(history).allSatisfy(entry -> assertThat(entry.get("at")).isNotNull());

    // ops can follow the video through every service's JSON log by its id
    for (String service : List.of("review-service", "production-service", "publish-service")) {
      assertThat(ServiceLogs.withContext(service, "videoId", videoId)).as(service + " logs about the video")
          .isNotEmpty();
    }
    assertThat(ServiceLogs.withContext("editorial-service", "workspaceId", workspace))
        .as("editorial logs its drafting under the workspace").isNotEmpty();

    // and as one trace: every event about the video, from each service's outbox, continues the trace of the
    // fetch that found its topic (across the Kafka hops and both approvals), and the lines editorial, review and
    // publish write while handling those events carry it
    var fetched = fetched(workspace);
    String fetchTrace = traceIdOf(fetched.traceparent());
    for (String topic : VIDEO_TOPICS) {
      assertThat(traceIdsOf(topic, videoId)).as("traces of the video's records on " + topic).containsOnly(fetchTrace);
    }
    assertThat(ServiceLogs.withContext("editorial-service", "eventId", fetched.eventId()))
        .as("editorial drafts in the fetch's trace").isNotEmpty()
        .allSatisfy(line -> assertThat(line.path("mdc").path("traceId").asText()).isEqualTo(fetchTrace));
    for (String service : List.of("review-service", "publish-service")) {
      // a reviewer's API call has a trace of its own, but the events it causes continue the video's
      List<JsonNode> handling = ServiceLogs.withContext(service, "videoId", videoId).stream()
          .filter(line -> line.path("mdc").hasNonNull("eventId")).toList();
      assertThat(handling).as(service + " handled the video's events").isNotEmpty()
          .allSatisfy(line -> assertThat(line.path("mdc").path("traceId").asText()).as(line.toString())
              .isEqualTo(fetchTrace));
    }

    report(gate2ToPublishedMillis);
  }

  @Test
  @Order(3)
  void replayingEveryTopicFromOffsetZeroChangesNothing() throws Exception {
    String workspace = desk.newWorkspace("sys", List.of("shocking"));
    String videoId = desk.awaitDraft(workspace);
    desk.decide(videoId, "gate1/approve", "carol");
    desk.awaitState(videoId, "VIDEO_PENDING_REVIEW", Duration.ofMinutes(4));
    desk.decide(videoId, "gate2/approve", "dave");
    desk.awaitState(videoId, "PUBLISHED", Duration.ofSeconds(60));
    Snapshot before = snapshot(workspace, videoId);

    try (var kafka = new KafkaOps(system.kafka())) {
      system.stop();
      for (String group : CONSUMER_GROUPS) {
        // a group can only be rewound once its stopped members have left it
        await("rewind " + group).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions().until(() -> {
              kafka.rewindToStart(group);
              return true;
            });
      }
      system.start();
      await("every consumer group has re-read its topics").atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> totalLag(kafka), lag -> lag == 0);
      Thread.sleep(3000); // a relay pass or two, had anything been written to an outbox
      Snapshot after = snapshot(workspace, videoId);

      assertThat(after.video().getString("state")).isEqualTo("PUBLISHED");
      assertThat(after.video().getInt("version")).isEqualTo(before.video().getInt("version"));
      assertThat(after.video().getList("history")).isEqualTo(before.video().getList("history"));
      assertThat(after.videosInWorkspace()).isEqualTo(1);
      assertThat(after.recordsPerTopic()).isEqualTo(before.recordsPerTopic());
      assertThat(after.exportedFiles()).isEqualTo(before.exportedFiles());
      assertThat(after.renderAttempts()).isEqualTo(before.renderAttempts());
      System.out.println("Replay from offset 0: records per topic for the video " + after.recordsPerTopic()
          + ", unchanged; state, version, history, export files and render attempts unchanged");
    }
  }

  @Test
  @Order(2)
  void anApprovalCommittedBeforeACrashIsEmittedExactlyOnceAfterTheRestart() throws Exception {
    String workspace = desk.newWorkspace("sys", List.of("shocking"));
    String videoId = desk.awaitDraft(workspace);
    try (Connection review = DriverManager.getConnection(
        "jdbc:postgresql://" + PipelineSystem.DATABASE_HOST + "/" + PipelineSystem.databaseOf("review-service"),
        "ytap", "ytap")) {
      // the relay claims rows with SELECT ... FOR UPDATE: without UPDATE it cannot, so the approval
      // commits (state + outbox row) and its event stays in the outbox, as when the process dies
      // between the commit and the relay
      review.createStatement().execute("revoke update on outbox_event from ytap");
      try {
        desk.decide(videoId, "gate1/approve", "alice");
        Thread.sleep(2000); // two scheduled relay passes fail meanwhile
        assertThat(pendingOutboxRows(review, videoId)).isEqualTo(1);
        assertThat(TopicRecords.countWithKey(system.kafka(), Topics.SCRIPT_APPROVED, videoId, Duration.ZERO))
            .isZero();
        system.crash("review-service");
      } finally {
        review.createStatement().execute("grant update on outbox_event to ytap");
      }
      system.restart("review-service");
      desk.awaitState(videoId, "VIDEO_PENDING_REVIEW", Duration.ofMinutes(4));
      assertThat(pendingOutboxRows(review, videoId)).isZero();
    }
    assertThat(TopicRecords.countWithKey(system.kafka(), Topics.SCRIPT_APPROVED, videoId, Duration.ofSeconds(3)))
        .as("ScriptApproved records after the crash and restart").isEqualTo(1);
    int renders = given().get(system.url("production-service", "/productions/{id}"), videoId)
        .then().statusCode(200).extract().jsonPath().getInt("attempts");
    assertThat(renders).isEqualTo(1);
    System.out.println("Crash between commit and relay: the approval was emitted once after the restart,"
        + " production rendered once");
  }

  private static long pendingOutboxRows(Connection review, String videoId) throws Exception {
    try (var query = review.prepareStatement(
        "select count(*) from outbox_event where aggregate_id = ? and published_at is null")) {
      query.setString(1, videoId);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private record Fetched(String eventId, String traceparent) {}

  /** The workspace's TrendsFetched record, as trend's fetch wrote it: its event id and traceparent headers. */
  private static Fetched fetched(String workspace) {
    return records(Topics.TRENDS_FETCHED, workspace).stream()
        .filter(record -> record.headers().lastHeader("traceparent") != null)
        .map(record -> new Fetched(header(record, "id"), header(record, "traceparent")))
        .findFirst().orElseThrow(() -> new AssertionError("no TrendsFetched record with a traceparent for " + workspace));
  }

  /** The trace ids in the traceparent headers of the records with this key (none where a record has none). */
  private static List<String> traceIdsOf(String topic, String key) {
    return records(topic, key).stream()
        .map(record -> record.headers().lastHeader("traceparent") == null ? "no traceparent"
            : traceIdOf(header(record, "traceparent")))
        .toList();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static List<ConsumerRecord<String, byte[]>> records(String topic, String key) {
    return TopicRecords.withKey(system.kafka(), topic, key, Duration.ZERO);
  }

  /** W3C traceparent: version-traceid-spanid-flags. */
  private static String traceIdOf(String traceparent) {
    assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    return traceparent.split("-")[1];
  }

  /** What a replay must leave as it was. */
  private record Snapshot(JsonPath video, int videosInWorkspace, Map<String, Long> recordsPerTopic,
      Map<String, FileTime> exportedFiles, int renderAttempts) {}

  private Snapshot snapshot(String workspace, String videoId) throws IOException {
    JsonPath video = desk.video(videoId);
    int videos = desk.as("ops").queryParam("workspace", workspace).get(system.url("review-service", "/videos"))
        .then().statusCode(200).extract().jsonPath().getList("$").size();
    var records = new TreeMap<String, Long>();
    for (String topic : VIDEO_TOPICS) {
      records.put(topic, TopicRecords.countWithKey(system.kafka(), topic, videoId, Duration.ZERO));
    }
    int attempts = given().get(system.url("production-service", "/productions/{id}"), videoId)
        .then().statusCode(200).extract().jsonPath().getInt("attempts");
    return new Snapshot(video, videos, records, fileTimes(Path.of(video.getString("publishedLocation"))), attempts);
  }

  private static long totalLag(KafkaOps kafka) throws Exception {
    long lag = 0;
    for (String group : CONSUMER_GROUPS) {
      lag += kafka.lag(group);
    }
    return lag;
  }







  private static Map<String, FileTime> fileTimes(Path folder) throws IOException {
    var times = new TreeMap<String, FileTime>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        times.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
      }
    }
    return times;
  }

  private static List<String> streamTypes(Path mp4) throws Exception {
    assertThat(mp4).isRegularFile();
    Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "stream=codec_type",
        "-of", "csv=p=0", mp4.toString()).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor()).as("ffprobe: %s", output).isZero();
    return output.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  private static void report(long gate2ToPublishedMillis) throws IOException {
    var lines = new ArrayList<String>();
    lines.add("| service | ready after (s) | RSS (MiB) |");
    lines.add("|---|---|---|");
    for (ServiceProcess service : system.services()) {
      lines.add(String.format("| %s | %.1f | %d |", service.name(), service.readyAfter().toMillis() / 1000.0,
          service.rssMiB()));
    }
    lines.add("");
    lines.add("Gate 2 approve -> PUBLISHED: " + gate2ToPublishedMillis + " ms");
    String table = String.join("\n", lines);
    System.out.println(table);
    Files.writeString(PipelineSystem.WORK.resolve("figures.md"), table + "\n", StandardCharsets.UTF_8);
  }
}
