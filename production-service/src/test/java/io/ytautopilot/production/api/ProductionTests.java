package io.ytautopilot.production.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.SceneClip;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.EventStreams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The production service over the real local broker, registry and PostgreSQL, rendering with the real tools. */
@QuarkusTest
class ProductionTests {
  // generous: the consumer first works off approvals that other services' test runs left on the topic
  private static final Duration RENDER_TIMEOUT = Duration.ofMinutes(3);
  private static final String DEAD_LETTERS = "dead-letter-topic-script-approved";
  private final EventStreams streams = EventStreams.shared();



  @Test
  void anApprovedScriptBecomesAVideoWithVoiceOverThumbnailAndOneClipPerScene() throws Exception {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approved(videoId, 3));

    var record = streams.<AssetsGenerated>awaitRecord(Topics.ASSETS_GENERATED, videoId, RENDER_TIMEOUT);

    assertThat(record.key()).isEqualTo(videoId);
    AssetsGenerated assets = record.value();
    assertThat(assets.getVideoId()).isEqualTo(videoId);
    assertThat(assets.getWorkspaceId()).isEqualTo("demo");
    Path video = Path.of(assets.getVideoLocation());
    assertThat(video).isAbsolute().isRegularFile();
    assertThat(streamTypes(video)).containsExactlyInAnyOrder("video", "audio");
    assertThat(assets.getVideoSizeBytes()).isEqualTo(Files.size(video));
    assertThat(assets.getVideoDurationSeconds()).isGreaterThan(1.0);
    assertThat(Path.of(assets.getThumbnailLocation())).isRegularFile();
    assertThat(Path.of(assets.getVoiceOverLocation())).isRegularFile();
    assertThat(assets.getClips()).extracting(SceneClip::getIndex).containsExactly(1, 2, 3);
    assertThat(assets.getClips()).allSatisfy(clip -> assertThat(Path.of(clip.getLocation())).isRegularFile());

    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("attempts", equalTo(1))
        .body("output.video", equalTo(assets.getVideoLocation()))
        .body("output.clips.size()", equalTo(3));
  }

  @Test
  void aRedeliveredOrReplayedApprovalRendersAndAnnouncesTheVideoOnce() {
    String videoId = UUID.randomUUID().toString();
    ScriptApproved approval = approved(videoId, 1);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval);
    streams.awaitRecord(Topics.ASSETS_GENERATED, videoId, RENDER_TIMEOUT);
    // a replay carries a new event id: the finished job still stops it
    streams.publish(Topics.SCRIPT_APPROVED, videoId, ScriptApproved.newBuilder(approval)
        .setEventId(UUID.randomUUID().toString()).build());

    assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, videoId, Duration.ofSeconds(5))).isEqualTo(1);
    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("attempts", equalTo(1));
  }

  @Test
  void recordsThatCannotBeRenderedAreDeadLetteredAndTheConsumerCarriesOn() {
    String undecodable = UUID.randomUUID().toString();
    String empty = UUID.randomUUID().toString();
    String noScenes = UUID.randomUUID().toString();
    String valid = UUID.randomUUID().toString();
    try (var kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
      kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.SCRIPT_APPROVED, undecodable, "not avro"),
          new ProducerRecord<>(Topics.SCRIPT_APPROVED, empty, null)).awaitCompletion(Duration.ofSeconds(30));
      streams.publish(Topics.SCRIPT_APPROVED, noScenes, approved(noScenes, 0));
      streams.publish(Topics.SCRIPT_APPROVED, valid, approved(valid, 1));

      streams.awaitRecord(Topics.ASSETS_GENERATED, valid, RENDER_TIMEOUT);

      given().get("/productions/{id}", noScenes).then().statusCode(200)
          .body("state", equalTo("FAILED"))
          .body("lastError", equalTo("RenderRequest for video '" + noScenes + "' needs at least one scene"));
      given().get("/productions/{id}", undecodable).then().statusCode(404);
      given().get("/productions/{id}", empty).then().statusCode(404);
      assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, noScenes, Duration.ofSeconds(1))).isZero();
      try (var deadLetters = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
          .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(DEAD_LETTERS)) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.getRecords())
            .extracting(ConsumerRecord::key).contains(undecodable, empty, noScenes));
        // the unrenderable approval keeps its payload, so it can be replayed once its script is fixed
        assertThat(deadLetters.getRecords()).filteredOn(record -> noScenes.equals(record.key()))
            .singleElement().extracting(ConsumerRecord::value).asString().contains("Why octopuses have three hearts");
      }
    }
  }

  @Test
  void anUnknownVideoIs404() {
    given().get("/productions/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  private static List<String> streamTypes(Path media) throws Exception {
    Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "stream=codec_type",
        "-of", "csv=p=0", media.toString()).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor()).as("ffprobe: %s", output).isZero();
    return output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static ScriptApproved approved(String videoId, int scenes) {
    return ScriptApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(videoId).setWorkspaceId("demo").setApprovedBy("alice")
        .setTitle("Why octopuses have three hearts")
        .setScenes(IntStream.rangeClosed(1, scenes)
            .mapToObj(index -> Scene.newBuilder().setIndex(index).setNarration("Octopus fact number " + index + ".")
                .setVisualPrompt("an octopus, scene " + index).setOnScreenText("Fact " + index)
                .setDurationSeconds(4).build())
            .toList())
        .build();
  }
}
