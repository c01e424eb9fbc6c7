package io.ytautopilot.publish.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.testsupport.EventStreams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The publish service over the real local broker, registry and PostgreSQL, exporting real files. */
@QuarkusTest
class PublicationTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
  private static final Path EXPORT = Path.of(ConfigProvider.getConfig().getValue("yt.export.dir", String.class));
  private static final Path MEDIA = Path.of("target/test-media").toAbsolutePath();
  private final EventStreams streams = EventStreams.shared();



  @Test
  void anApprovedVideoIsExportedWithBothApprovalsAndAnnounced() throws Exception {
    VideoApproved approval = approved(UUID.randomUUID().toString(), "bob");
    String videoId = approval.getVideoId();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);

    var record = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT);

    Path folder = EXPORT.resolve("demo").resolve(videoId).toAbsolutePath();
    assertThat(record.key()).isEqualTo(videoId);
    assertThat(record.value().getTarget()).isEqualTo("export");
    assertThat(record.value().getLocation()).isEqualTo(folder.toString());
    assertThat(record.value().getWorkspaceId()).isEqualTo("demo");
    assertThat(Files.mismatch(folder.resolve(videoId + ".mp4"), Path.of(approval.getVideoLocation()))).isEqualTo(-1);
    assertThat(Files.mismatch(folder.resolve("thumbnail.png"), Path.of(approval.getThumbnailLocation()))).isEqualTo(-1);
    var metadata = new ObjectMapper().readTree(folder.resolve("metadata.json").toFile());
    assertThat(metadata.at("/title").asText()).isEqualTo("Why octopuses have three hearts");
    assertThat(metadata.at("/scriptApproval/by").asText()).isEqualTo("alice");
    assertThat(metadata.at("/videoApproval/by").asText()).isEqualTo("bob");
    assertThat(metadata.at("/videoApproval/at").asText()).isEqualTo(approval.getVideoApprovedAt().toString());

    given().get("/publications/{id}", videoId).then().statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("location", equalTo(folder.toString()));
  }

  @Test
  void aRedeliveredOrReplayedApprovalIsNeitherExportedNorAnnouncedAgain() throws Exception {
    VideoApproved approval = approved(UUID.randomUUID().toString(), "bob");
    String videoId = approval.getVideoId();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);
    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT);
    Path metadata = Path.of(published.value().getLocation()).resolve("metadata.json");
    var exportedAt = Files.getLastModifiedTime(metadata);

    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);
    streams.publish(Topics.VIDEO_APPROVED, videoId, VideoApproved.newBuilder(approval)
        .setEventId(UUID.randomUUID().toString()).build());

    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(metadata)).isEqualTo(exportedAt);
  }

  @Test
  void anApprovalWithoutAGate2ReviewerIsRefusedAndNothingIsExported() throws Exception {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(videoId, " "));

    awaitRefusal(videoId, "Gate 2 (video) approval names no reviewer");

    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ofSeconds(3))).isZero();
    assertThat(EXPORT.resolve("demo").resolve(videoId)).doesNotExist();
  }

  @Test
  void anApprovalWhoseVideoFileIsGoneIsRefused() throws Exception {
    String videoId = UUID.randomUUID().toString();
    VideoApproved approval = approved(videoId, "bob");
    Files.delete(Path.of(approval.getVideoLocation()));
    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);

    awaitRefusal(videoId, "the video file " + approval.getVideoLocation() + " does not exist");

    assertThat(EXPORT.resolve("demo").resolve(videoId)).doesNotExist();
  }

  @Test
  void recordsWithoutAnApprovalDoNotStopTheConsumer() throws Exception {
    // the connector dead-letters them (asserted in production-service, which shares the configuration)
    try (var kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
      kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.VIDEO_APPROVED, "undecodable", "not avro"),
          new ProducerRecord<>(Topics.VIDEO_APPROVED, "empty", null)).awaitCompletion(Duration.ofSeconds(30));
    }
    VideoApproved valid = approved(UUID.randomUUID().toString(), "bob");
    streams.publish(Topics.VIDEO_APPROVED, valid.getVideoId(), valid);

    assertThat(streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, valid.getVideoId(), EVENT_TIMEOUT).key())
        .isEqualTo(valid.getVideoId());
  }

  @Test
  void anUnknownVideoIs404() {
    given().get("/publications/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  private static void awaitRefusal(String videoId, String reason) {
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
        .until(() -> given().get("/publications/{id}", videoId).statusCode() == 200);
    given().get("/publications/{id}", videoId).then()
        .body("status", equalTo("REFUSED"))
        .body("reason", containsString(reason))
        .body("location", equalTo(null));
  }

  /** An approval of a video whose files this test writes: any bytes will do for the export. */
  private static VideoApproved approved(String videoId, String gate2Reviewer) throws Exception {
    Path folder = Files.createDirectories(MEDIA.resolve(videoId));
    Path video = Files.write(folder.resolve(videoId + ".mp4"), randomBytes(64 * 1024));
    Path thumbnail = Files.write(folder.resolve("thumbnail.png"), randomBytes(4 * 1024));
    Instant gate2 = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return VideoApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(gate2)
        .setVideoId(videoId).setWorkspaceId("demo")
        .setScriptApprovedBy("alice").setScriptApprovedAt(gate2.minus(2, ChronoUnit.HOURS))
        .setVideoApprovedBy(gate2Reviewer).setVideoApprovedAt(gate2)
        .setTitle("Why octopuses have three hearts").setDescription("A short explainer")
        .setTags(List.of("octopus", "biology"))
        .setVideoLocation(video.toString()).setThumbnailLocation(thumbnail.toString())
        .build();
  }

  private static byte[] randomBytes(int size) {
    var bytes = new byte[size];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
