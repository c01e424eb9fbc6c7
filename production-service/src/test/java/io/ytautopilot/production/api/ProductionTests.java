package io.ytautopilot.production.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.eventing.failures.FailureTopics;
import io.ytautopilot.events.AssetsGenerated;
import io.ytautopilot.events.CostEstimated;
import io.ytautopilot.events.CostLine;
import io.ytautopilot.events.GenerationFailed;
import io.ytautopilot.events.GenerationStarted;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.SceneClip;
import io.ytautopilot.events.SceneFailure;
import io.ytautopilot.events.ScenesRegenerationRequested;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.production.events.ProductionEventConsumers;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The production service over the real local broker, registry and PostgreSQL, rendering with the real tools.
 * The %test price table (USD): voice-over 0.015 per 1,000 characters, scene clip 0.05 per second, thumbnail
 * 0.02, assembly 0.01.
 */
@QuarkusTest
class ProductionTests extends ProductionServiceTest {
  private static final String CONSUMER_GROUP = "production-service";
  private static final String DEAD_LETTERS = FailureTopics.deadLetterTopic(Topics.SCRIPT_APPROVED, CONSUMER_GROUP);
  /** A scene of approval(...): 22 characters of narration (0.00033) and 4 seconds (0.2). */
  private static final double SCENE_COST = 0.022 * 0.015 + 4 * 0.05;
  private static final double THUMBNAIL_AND_ASSEMBLY = 0.02 + 0.01;
  // JSON numbers as doubles, not floats, so that amounts compare exactly
  private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);
  private static final Comparator<Double> TO_A_NANODOLLAR = (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);

  @Test
  void anApprovedScriptIsAnnouncedRenderedAndDeliveredWithTheChecksumOfItsVideo() throws Exception {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "demo", 1, 3));

    AssetsGenerated assets = awaitEvent(Topics.ASSETS_GENERATED, videoId, any());
    GenerationStarted started = awaitEvent(Topics.GENERATION_STARTED, videoId, any());

    assertThat(started.getGeneration()).isEqualTo(1);
    assertThat(started.getScenes()).isEqualTo(3);
    assertThat(started.getOccurredAt()).isBefore(assets.getOccurredAt());
    assertThat(assets.getGeneration()).isEqualTo(1);
    assertThat(assets.getWorkspaceId()).isEqualTo("demo");
    Path video = Path.of(assets.getVideoLocation());
    assertThat(video).isAbsolute().isRegularFile();
    assertThat(assets.getVideoSha256()).isEqualTo(sha256(video));
    assertThat(streamTypes(video)).containsExactlyInAnyOrder("video", "audio");
    assertThat(assets.getVideoSizeBytes()).isEqualTo(Files.size(video));
    assertThat(assets.getVideoDurationSeconds()).isGreaterThan(1.0);
    assertThat(Path.of(assets.getThumbnailLocation())).isRegularFile();
    assertThat(assets.getThumbnailSha256()).isEqualTo(sha256(Path.of(assets.getThumbnailLocation())));
    assertThat(Path.of(assets.getVoiceOverLocation())).isRegularFile();
    assertThat(assets.getClips()).extracting(SceneClip::getIndex).containsExactly(1, 2, 3);
    assertThat(assets.getClips()).allSatisfy(clip -> assertThat(Path.of(clip.getLocation())).isRegularFile());

    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("generation", equalTo(1))
        .body("attempts", equalTo(1))
        .body("output.video", equalTo(assets.getVideoLocation()))
        .body("output.videoSha256", equalTo(assets.getVideoSha256()))
        .body("output.clips.size()", equalTo(3));
  }

  @Test
  void aSceneThatFailsToRenderFailsTheGenerationWithoutDeadLetteringAndTheRetryRendersOnlyThatScene()
      throws Exception {
    String videoId = UUID.randomUUID().toString();
    // a directory where scene 2's narration goes: espeak-ng cannot write it, ffmpeg cannot read it
    Path obstacle = Files.createDirectories(mediaDir(videoId).resolve("scene-2-voice.wav"));
    ScriptApproved first = approval(videoId, "demo", 1, 3);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, first);

    GenerationFailed failed = awaitEvent(Topics.GENERATION_FAILED, videoId, any());

    assertThat(failed.getGeneration()).isEqualTo(1);
    assertThat(failed.getReason()).startsWith("only 2 of 3 scenes were generated, 3 needed (success threshold 0.8):"
        + " scene 2: every voice-over provider failed: espeak-ng: ").contains("espeak-ng wrote no audio to")
        .contains("scene-2-voice.wav");
    assertThat(failed.getFailedScenes()).extracting(SceneFailure::getIndex).containsExactly(2);
    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("generation", equalTo(1))
        .body("lastError", equalTo(failed.getReason()))
        .body("clips.index", contains(1, 3))
        .body("output", nullValue());
    assertThat(streams.countWithKey(DEAD_LETTERS, videoId, Duration.ofSeconds(2))).isZero();
    assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, videoId, Duration.ZERO)).isZero();
    Map<Integer, FileTime> renderedBefore = clipTimes(videoId, 1, 3);

    // the reviewer retries: the same script as the next generation
    Files.delete(obstacle);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, ScriptApproved.newBuilder(first)
        .setEventId(UUID.randomUUID().toString()).setGeneration(2).build());

    AssetsGenerated assets = awaitEvent(Topics.ASSETS_GENERATED, videoId, any());
    GenerationStarted retry = awaitEvent(Topics.GENERATION_STARTED, videoId, started -> started.getGeneration() == 2);

    assertThat(assets.getGeneration()).isEqualTo(2);
    assertThat(assets.getVideoSha256()).isEqualTo(sha256(Path.of(assets.getVideoLocation())));
    assertThat(assets.getClips()).extracting(SceneClip::getIndex).containsExactly(1, 2, 3);
    assertThat(retry.getScenes()).isEqualTo(1);
    assertThat(clipTimes(videoId, 1, 3)).as("scenes 1 and 3 are reused, not rendered again").isEqualTo(renderedBefore);
    assertThat(assets.getCostLines()).extracting(CostLine::getItem).as("the reused scenes cost nothing")
        .containsExactly("scene 2 voice-over (1k characters)", "scene 2 clip (seconds)", "thumbnail (images)",
            "assembly (videos)");
    assertThat(assets.getActualCost()).isCloseTo(SCENE_COST + THUMBNAIL_AND_ASSEMBLY, within(1e-9));
    var job = given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("generation", equalTo(2))
        .body("attempts", equalTo(2))
        .body("lastError", nullValue())
        .body("clips.generation", contains(1, 2, 1))
        .body("cost.generations.generation", contains(1, 2))
        .body("cost.generations.outcome", contains("FAILED", "DONE"))
        .body("cost.generations[0].lines.item", contains("scene 1 voice-over (1k characters)",
            "scene 1 clip (seconds)", "scene 3 voice-over (1k characters)", "scene 3 clip (seconds)"))
        .extract().jsonPath().using(DOUBLES);
    assertThat(job.getDouble("cost.generations[0].total")).as("the failed generation paid for the scenes it rendered")
        .isCloseTo(2 * SCENE_COST, within(1e-9));
    assertThat(failed.getActualCost()).as("GenerationFailed tells review what the failure cost")
        .isCloseTo(2 * SCENE_COST, within(1e-9));
    assertThat(job.getDouble("cost.actual")).as("every scene paid for once, the video assembled once")
        .isCloseTo(3 * SCENE_COST + THUMBNAIL_AND_ASSEMBLY, within(1e-9));
    assertThat(streams.countWithKey(Topics.GENERATION_FAILED, videoId, Duration.ZERO)).isEqualTo(1);
  }

  @Test
  void regeneratingOneSceneKeepsTheOtherClipsByteForByteChangesTheVideoAndCostsOnlyThatScene() throws Exception {
    String videoId = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval(videoId, "demo", 1, 3));
    AssetsGenerated first = awaitEvent(Topics.ASSETS_GENERATED, videoId, any());
    Map<Integer, byte[]> before = clipBytes(first);
    Map<Integer, FileTime> timesBefore = clipTimes(videoId, 1, 3);

    streams.publish(Topics.SCENES_REGENERATION_REQUESTED, videoId, regeneration(videoId, 2, 2));

    AssetsGenerated second = awaitEvent(Topics.ASSETS_GENERATED, videoId, assets -> assets.getGeneration() == 2);
    GenerationStarted started = awaitEvent(Topics.GENERATION_STARTED, videoId, event -> event.getGeneration() == 2);

    assertThat(started.getScenes()).isEqualTo(1);
    assertThat(started.getOccurredAt()).isBefore(second.getOccurredAt());
    Map<Integer, byte[]> after = clipBytes(second);
    assertThat(after.get(1)).isEqualTo(before.get(1));
    assertThat(after.get(3)).isEqualTo(before.get(3));
    assertThat(clipTimes(videoId, 1, 3)).isEqualTo(timesBefore);
    assertThat(after.get(2)).isNotEqualTo(before.get(2));
    assertThat(second.getVideoSha256()).isNotEqualTo(first.getVideoSha256())
        .isEqualTo(sha256(Path.of(second.getVideoLocation())));
    assertThat(first.getActualCost()).isCloseTo(3 * SCENE_COST + THUMBNAIL_AND_ASSEMBLY, within(1e-9));
    assertThat(second.getCostLines()).as("scene 2 again, and the thumbnail and the video it is joined into")
        .extracting(CostLine::getItem, CostLine::getProvider)
        .containsExactly(tuple("scene 2 voice-over (1k characters)", "espeak-ng"),
            tuple("scene 2 clip (seconds)", "ffmpeg"), tuple("thumbnail (images)", "java2d"),
            tuple("assembly (videos)", "ffmpeg"));
    assertThat(second.getCostLines()).isEqualTo(List.of(first.getCostLines().get(2), first.getCostLines().get(3),
        first.getCostLines().get(6), first.getCostLines().get(7)));
    assertThat(second.getActualCost()).isCloseTo(SCENE_COST + THUMBNAIL_AND_ASSEMBLY, within(1e-9));
    var job = given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("generation", equalTo(2))
        .body("output.videoSha256", equalTo(second.getVideoSha256()))
        .body("clips.generation", contains(1, 2, 1))
        .body("cost.generations.generation", contains(1, 2))
        .body("cost.generations.outcome", contains("DONE", "DONE"))
        .extract().jsonPath().using(DOUBLES);
    assertThat(job.getDouble("cost.actual")).isCloseTo(first.getActualCost() + second.getActualCost(), within(1e-9));
  }

  @Test
  void aDraftedScriptIsPricedOnceAndNotProduced() {
    String videoId = UUID.randomUUID().toString();
    ScriptDrafted draft = drafted(videoId, 2);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft); // redelivered
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, ScriptDrafted.newBuilder(draft)
        .setEventId(UUID.randomUUID().toString()).build()); // replayed: the same revision under a new event id

    CostEstimated estimate = awaitEvent(Topics.COST_ESTIMATED, videoId, any());

    assertThat(estimate.getRevision()).isEqualTo(2);
    assertThat(estimate.getWorkspaceId()).isEqualTo("demo");
    assertThat(estimate.getLines()).extracting(CostLine::getItem, CostLine::getProvider).containsExactly(
        tuple("scene 1 voice-over (1k characters)", "espeak-ng"), tuple("scene 1 clip (seconds)", "ffmpeg"),
        tuple("scene 2 voice-over (1k characters)", "espeak-ng"), tuple("scene 2 clip (seconds)", "ffmpeg"),
        tuple("thumbnail (images)", "java2d"), tuple("assembly (videos)", "ffmpeg"));
    // 28 and 41 characters of narration, 5 and 7 seconds
    assertThat(estimate.getLines()).extracting(CostLine::getUnits).usingElementComparator(TO_A_NANODOLLAR)
        .containsExactly(0.028, 5.0, 0.041, 7.0, 1.0, 1.0);
    assertThat(estimate.getLines()).extracting(CostLine::getUnitPrice)
        .containsExactly(0.015, 0.05, 0.015, 0.05, 0.02, 0.01);
    assertThat(estimate.getLines()).extracting(CostLine::getCost).usingElementComparator(TO_A_NANODOLLAR)
        .containsExactly(0.00042, 0.25, 0.000615, 0.35, 0.02, 0.01);
    assertThat(estimate.getEstimatedCost()).isCloseTo(0.631035, within(1e-9));

    // a new revision is priced on its own; and once it is, the drafts before it were handled (one channel, in order)
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, ScriptDrafted.newBuilder(draft)
        .setEventId(UUID.randomUUID().toString()).setRevision(3).setScenes(draft.getScenes().subList(0, 1)).build());
    CostEstimated revised = awaitEvent(Topics.COST_ESTIMATED, videoId, (CostEstimated e) -> e.getRevision() == 3);
    assertThat(revised.getEstimatedCost()).isCloseTo(0.00042 + 0.25 + 0.02 + 0.01, within(1e-9));
    assertThat(streams.countWithKey(Topics.COST_ESTIMATED, videoId, Duration.ofSeconds(2))).isEqualTo(2);

    // the estimates were the drafts' whole outcome: no job, nothing started
    given().get("/productions/{id}", videoId).then().statusCode(404);
    assertThat(streams.countWithKey(Topics.GENERATION_STARTED, videoId, Duration.ZERO)).isZero();
  }

  @Test
  void theEventAConsumedEventCausesContinuesItsTraceThroughTheOutbox() {
    String videoId = UUID.randomUUID().toString();
    String traceId = HexFormat.of().formatHex(randomBytes(16));
    String producerSpanId = HexFormat.of().formatHex(randomBytes(8));
    // as an upstream service's producer span writes it (not sampled: nothing to export here)
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, drafted(videoId, 1), new RecordHeaders().add("traceparent",
        ("00-" + traceId + "-" + producerSpanId + "-00").getBytes(StandardCharsets.UTF_8)));

    // CostEstimated was appended to the outbox while handling the draft, and relayed later
    ConsumerRecord<String, CostEstimated> estimate = streams.awaitRecord(Topics.COST_ESTIMATED, videoId, RENDER_TIMEOUT);
    var traceparent = new String(estimate.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
    assertThat(traceparent).as("the same trace, under production's own spans")
        .matches("00-" + traceId + "-[0-9a-f]{16}-00").doesNotContain(producerSpanId);
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new java.security.SecureRandom().nextBytes(bytes);
    return bytes;
  }

  @Test
  void theFirstGenerationOfARevisionCostsWhatItWasEstimatedToCost() {
    String videoId = UUID.randomUUID().toString();
    ScriptDrafted draft = drafted(videoId, 1);
    streams.publish(Topics.SCRIPT_DRAFTED, videoId, draft);
    CostEstimated estimate = awaitEvent(Topics.COST_ESTIMATED, videoId, any());

    streams.publish(Topics.SCRIPT_APPROVED, videoId, ScriptApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(videoId).setWorkspaceId("demo").setRevision(1).setApprovedBy("alice").setGeneration(1)
        .setTitle(draft.getTitle()).setScenes(draft.getScenes()).build());
    AssetsGenerated assets = awaitEvent(Topics.ASSETS_GENERATED, videoId, any());

    assertThat(assets.getCostLines()).isEqualTo(estimate.getLines());
    assertThat(assets.getActualCost()).isEqualTo(estimate.getEstimatedCost());
    var job = given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("revision", equalTo(1))
        .body("cost.estimate.lines.item", contains(estimate.getLines().stream().map(CostLine::getItem).toArray()))
        .body("cost.generations.generation", contains(1))
        .body("cost.generations.outcome", contains("DONE"))
        .extract().jsonPath().using(DOUBLES);
    assertThat(job.getDouble("cost.estimate.total")).isEqualTo(estimate.getEstimatedCost());
    assertThat(job.getDouble("cost.actual")).isEqualTo(assets.getActualCost());
    assertThat(job.getDouble("cost.generations[0].total")).isEqualTo(assets.getActualCost());
  }

  @Test
  void aRegenerationThatCannotBeDoneIsAnsweredWithGenerationFailed() {
    String produced = UUID.randomUUID().toString();
    String unknown = UUID.randomUUID().toString();
    streams.publish(Topics.SCRIPT_APPROVED, produced, approval(produced, "demo", 1, 2));
    awaitEvent(Topics.ASSETS_GENERATED, produced, any());

    streams.publish(Topics.SCENES_REGENERATION_REQUESTED, produced, regeneration(produced, 2, 2, 7));
    streams.publish(Topics.SCENES_REGENERATION_REQUESTED, unknown, regeneration(unknown, 2, 1));

    GenerationFailed noSuchScene = awaitEvent(Topics.GENERATION_FAILED, produced, any());
    GenerationFailed noJob = awaitEvent(Topics.GENERATION_FAILED, unknown, any());
    assertThat(noSuchScene.getGeneration()).isEqualTo(2);
    assertThat(noSuchScene.getReason()).contains("has no scene [7]").contains("its scenes are [1, 2]");
    assertThat(noSuchScene.getFailedScenes()).extracting(SceneFailure::getIndex).containsExactly(7);
    assertThat(noJob.getReason()).contains("no finished production");
    given().get("/productions/{id}", produced).then().statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("generation", equalTo(2))
        .body("lastError", containsString("has no scene [7]"));
    assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, produced, Duration.ZERO)).isEqualTo(1);
    assertThat(streams.countWithKey(
        FailureTopics.deadLetterTopic(Topics.SCENES_REGENERATION_REQUESTED, CONSUMER_GROUP), produced, Duration.ZERO))
        .isZero();
  }

  @Test
  void aVideoCancelledBeforeItsApprovalArrivesIsNeverRendered() {
    String cancelled = UUID.randomUUID().toString();
    String next = UUID.randomUUID().toString();
    streams.publish(Topics.VIDEO_CANCELLED, cancelled, VideoCancelled.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(cancelled).setWorkspaceId("demo").setCancelledBy("carol").setReason("duplicate topic").build());
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/productions/{id}", cancelled)
        .then().statusCode(200).body("state", equalTo("CANCELLED")));

    streams.publish(Topics.SCRIPT_APPROVED, cancelled, approval(cancelled, "demo", 1, 1));
    streams.publish(Topics.SCRIPT_APPROVED, next, approval(next, "demo", 1, 1));
    // approvals are handled in order: once the next video is rendered, the cancelled one was considered
    awaitEvent(Topics.ASSETS_GENERATED, next, any());

    assertThat(streams.countWithKey(Topics.GENERATION_STARTED, cancelled, Duration.ZERO)).isZero();
    assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, cancelled, Duration.ZERO)).isZero();
    assertThat(mediaDir(cancelled)).doesNotExist();
    given().get("/productions/{id}", cancelled).then().statusCode(200)
        .body("state", equalTo("CANCELLED"))
        .body("attempts", equalTo(0))
        .body("cancellation.by", equalTo("carol"))
        .body("cancellation.reason", equalTo("duplicate topic"));
  }

  @Test
  void staleGenerationsChangeNothing() {
    String videoId = UUID.randomUUID().toString();
    String next = UUID.randomUUID().toString();
    ScriptApproved approval = approval(videoId, "demo", 1, 1);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval);
    awaitEvent(Topics.ASSETS_GENERATED, videoId, any());
    streams.publish(Topics.SCENES_REGENERATION_REQUESTED, videoId, regeneration(videoId, 2, 1));
    awaitEvent(Topics.ASSETS_GENERATED, videoId, (AssetsGenerated assets) -> assets.getGeneration() == 2);

    // replays with new event ids: the first approval, and the regeneration request again
    streams.publish(Topics.SCRIPT_APPROVED, videoId, ScriptApproved.newBuilder(approval)
        .setEventId(UUID.randomUUID().toString()).build());
    streams.publish(Topics.SCENES_REGENERATION_REQUESTED, videoId, regeneration(videoId, 2, 1));
    // each channel handles its records in order: once the next video has gone through both, the replays were considered
    streams.publish(Topics.SCRIPT_APPROVED, next, approval(next, "demo", 1, 1));
    awaitEvent(Topics.ASSETS_GENERATED, next, any());
    streams.publish(Topics.SCENES_REGENERATION_REQUESTED, next, regeneration(next, 2, 1));
    awaitEvent(Topics.ASSETS_GENERATED, next, (AssetsGenerated assets) -> assets.getGeneration() == 2);

    assertThat(streams.countWithKey(Topics.GENERATION_STARTED, videoId, Duration.ZERO)).isEqualTo(2);
    assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, videoId, Duration.ZERO)).isEqualTo(2);
    assertThat(streams.countWithKey(Topics.GENERATION_FAILED, videoId, Duration.ZERO)).isZero();
    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("generation", equalTo(2))
        .body("attempts", equalTo(2));
  }

  @Test
  void aRedeliveredOrReplayedApprovalRendersAndAnnouncesTheVideoOnce() {
    String videoId = UUID.randomUUID().toString();
    ScriptApproved approval = approval(videoId, "demo", 1, 1);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval);
    streams.publish(Topics.SCRIPT_APPROVED, videoId, approval);
    streams.awaitRecord(Topics.ASSETS_GENERATED, videoId, RENDER_TIMEOUT);
    // a replay carries a new event id: the finished job still stops it
    streams.publish(Topics.SCRIPT_APPROVED, videoId, ScriptApproved.newBuilder(approval)
        .setEventId(UUID.randomUUID().toString()).build());

    assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, videoId, Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(streams.countWithKey(Topics.GENERATION_STARTED, videoId, Duration.ZERO)).isEqualTo(1);
    given().get("/productions/{id}", videoId).then().statusCode(200)
        .body("state", equalTo("DONE"))
        .body("attempts", equalTo(1));
  }

  @Test
  void recordsThatCannotBeHandledAreDeadLetteredButAnUnrenderableScriptIsAnsweredWithGenerationFailed() {
    String undecodable = UUID.randomUUID().toString();
    String empty = UUID.randomUUID().toString();
    String unknownSchema = UUID.randomUUID().toString();
    String notAUuid = "video-" + UUID.randomUUID();
    String noScenes = UUID.randomUUID().toString();
    String valid = UUID.randomUUID().toString();
    try (var kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
      kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.SCRIPT_APPROVED, undecodable, "not avro"),
          new ProducerRecord<>(Topics.SCRIPT_APPROVED, empty, null)).awaitCompletion(Duration.ofSeconds(30));
      // framed as the Apicurio serde frames Avro (magic byte 0, then the schema's id), with an id the
      // registry never issued
      byte[] framedWithAnUnknownSchemaId = {0, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xf0, 2, 4, 6};
      kafka.produce(String.class, byte[].class).fromRecords(
          new ProducerRecord<>(Topics.SCRIPT_APPROVED, unknownSchema, framedWithAnUnknownSchemaId))
          .awaitCompletion(Duration.ofSeconds(30));
      streams.publish(Topics.SCRIPT_APPROVED, notAUuid, approval(notAUuid, "demo", 1, 1));
      streams.publish(Topics.SCRIPT_APPROVED, noScenes, approval(noScenes, "demo", 1, 0));
      streams.publish(Topics.SCRIPT_APPROVED, valid, approval(valid, "demo", 1, 1));

      streams.awaitRecord(Topics.ASSETS_GENERATED, valid, RENDER_TIMEOUT);

      GenerationFailed failed = awaitEvent(Topics.GENERATION_FAILED, noScenes, any());
      assertThat(failed.getReason()).isEqualTo("RenderRequest for video '" + noScenes + "' needs at least one scene");
      given().get("/productions/{id}", noScenes).then().statusCode(200)
          .body("state", equalTo("FAILED"))
          .body("lastError", equalTo(failed.getReason()));
      given().get("/productions/{id}", undecodable).then().statusCode(404);
      given().get("/productions/{id}", empty).then().statusCode(404);
      given().get("/productions/{id}", unknownSchema).then().statusCode(404);
      assertThat(streams.countWithKey(Topics.ASSETS_GENERATED, noScenes, Duration.ZERO)).isZero();
      assertThat(streams.countWithKey(Topics.GENERATION_STARTED, noScenes, Duration.ZERO)).isZero();
      try (var deadLetters = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
          .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(DEAD_LETTERS)) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.getRecords())
            .extracting(ConsumerRecord::key).contains(undecodable, empty, unknownSchema, notAUuid));
        // a schema id the registry does not know is a decoding failure: dead-lettered at once, with the reason
        assertThat(headers(withKey(deadLetters.getRecords(), unknownSchema).get(0)))
            .containsEntry("dead-letter-attempts", "1")
            .hasEntrySatisfying("dead-letter-reason", reason -> assertThat(reason).isNotBlank());
        assertThat(deadLetters.getRecords()).extracting(ConsumerRecord::key).doesNotContain(noScenes);
        // the payload survives, so the record can be replayed once it is fixed
        assertThat(deadLetters.getRecords()).filteredOn(record -> notAUuid.equals(record.key()))
            .singleElement().extracting(ConsumerRecord::value).asString().contains("Why octopuses have three hearts");
      }
    }
  }

  @Test
  void aRecordThatKeepsFailingIsRetriedThroughTheRetryTopicsThenDeadLetteredButUndecodableBytesAreNotRetried() {
    String notAUuid = "video-" + UUID.randomUUID();
    String undecodable = UUID.randomUUID().toString();
    var retryTopics = FailureTopics.retryTopics(Topics.SCRIPT_APPROVED, CONSUMER_GROUP,
        ConfigProvider.getConfig().getValue(FailureTopics.RETRY_DELAYS, String.class));
    assertThat(retryTopics).containsExactly("yt.script.approved.production-service.retry_500",
        "yt.script.approved.production-service.retry_1500");
    try (var kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        var retries = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
            .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(retryTopics.toArray(String[]::new));
        var deadLetters = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
            .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(DEAD_LETTERS)) {
      // with its own header, as the outbox relay writes one
      streams.publish(Topics.SCRIPT_APPROVED, notAUuid, approval(notAUuid, "demo", 1, 1),
          new RecordHeaders().add("id", notAUuid.getBytes(StandardCharsets.UTF_8)));
      kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.SCRIPT_APPROVED, undecodable, "not avro"))
          .awaitCompletion(Duration.ofSeconds(30));

      var failed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
          .until(() -> withKey(deadLetters.getRecords(), notAUuid), records -> records.size() == 1).get(0);
      assertThat(withKey(retries.getRecords(), notAUuid)).as("one pass through each retry topic, in order")
          .extracting(ConsumerRecord::topic).containsExactlyElementsOf(retryTopics);
      var original = withKey(kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
          .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.SCRIPT_APPROVED, Duration.ofSeconds(5))
          .awaitCompletion().getRecords(), notAUuid).get(0);
      assertThat(headers(failed))
          .hasEntrySatisfying("dead-letter-reason", reason -> assertThat(reason).contains("UUID"))
          .containsEntry("dead-letter-exception-class-name", "java.lang.IllegalArgumentException")
          .containsEntry("dead-letter-topic", Topics.SCRIPT_APPROVED)
          .containsEntry("dead-letter-partition", Integer.toString(original.partition()))
          .containsEntry("dead-letter-offset", Long.toString(original.offset()))
          .containsEntry("dead-letter-consumer", CONSUMER_GROUP)
          .containsEntry("dead-letter-attempts", "3")
          .containsEntry("id", notAUuid);
      assertThat(failed.value()).isEqualTo(original.value());

      var poison = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
          .until(() -> withKey(deadLetters.getRecords(), undecodable), records -> records.size() == 1).get(0);
      assertThat(poison.value()).isEqualTo("not avro");
      assertThat(headers(poison)).containsEntry("dead-letter-attempts", "1")
          .containsEntry("dead-letter-consumer", CONSUMER_GROUP)
          .containsEntry("dead-letter-topic", Topics.SCRIPT_APPROVED)
          .hasEntrySatisfying("dead-letter-reason", reason -> assertThat(reason).isNotBlank());
      assertThat(withKey(retries.getRecords(), undecodable)).as("a record that cannot be decoded is not retried").isEmpty();

      // editorial-service reads the same topic and dead-letters into a topic of its own: production's failures stay out of it
      var editorialDeadLetters = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
          .withOffsetReset(OffsetResetStrategy.EARLIEST)
          .fromTopics(FailureTopics.deadLetterTopic(Topics.SCRIPT_APPROVED, "editorial-service"), Duration.ofSeconds(3))
          .awaitCompletion().getRecords();
      assertThat(withKey(editorialDeadLetters, notAUuid)).isEmpty();
    }
  }

  private static List<ConsumerRecord<String, String>> withKey(List<ConsumerRecord<String, String>> records, String key) {
    return records.stream().filter(record -> key.equals(record.key())).toList();
  }

  /** The last value of each header, as text. */
  private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
    var headers = new TreeMap<String, String>();
    record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
    return headers;
  }

  @Test
  void anUnknownVideoIs404() {
    given().get("/productions/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  private static <T> Predicate<T> any() {
    return event -> true;
  }

  private static Path mediaDir(String videoId) {
    return Path.of(ConfigProvider.getConfig().getValue("yt.media.dir", String.class)).resolve(videoId);
  }

  private static Map<Integer, byte[]> clipBytes(AssetsGenerated assets) throws Exception {
    var bytes = new TreeMap<Integer, byte[]>();
    for (SceneClip clip : assets.getClips()) {
      bytes.put(clip.getIndex(), Files.readAllBytes(Path.of(clip.getLocation())));
    }
    return bytes;
  }

  private static Map<Integer, FileTime> clipTimes(String videoId, int... scenes) throws Exception {
    var times = new TreeMap<Integer, FileTime>();
    for (int scene : scenes) {
      times.put(scene, Files.getLastModifiedTime(mediaDir(videoId).resolve("scene-" + scene + ".mp4")));
    }
    return times;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static List<String> streamTypes(Path media) throws Exception {
    Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "stream=codec_type",
        "-of", "csv=p=0", media.toString()).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor()).as("ffprobe: %s", output).isZero();
    return output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static ScenesRegenerationRequested regeneration(String videoId, int generation, Integer... scenes) {
    return ScenesRegenerationRequested.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(videoId).setWorkspaceId("demo").setGeneration(generation).setScenes(List.of(scenes))
        .setRequestedBy("bob").build();
  }

  @Inject ProductionEventConsumers consumers;

  @Test
  void anApprovalAndACancelArrivingTogetherForANewVideoEndCancelledWithoutADeadLetter() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String videoId = UUID.randomUUID().toString();
        var approval = approval(videoId, "demo", 1, 1);
        var cancel = VideoCancelled.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
            .setVideoId(videoId).setWorkspaceId("demo").setCancelledBy("carol").setReason("duplicate").build();
        List<Callable<Void>> both = List.of(
            () -> {
              consumers.onScriptApproved(approval);
              return null;
            },
            () -> ReactiveTransactions.await(() -> consumers.onVideoCancelled(cancel)));
        for (var handled : pool.invokeAll(both)) {
          handled.get(); // neither handler failed, so neither record would be dead-lettered
        }
        given().get("/productions/{id}", videoId).then().statusCode(200).body("state", equalTo("CANCELLED"));
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Two scenes: 28 characters of narration and 5 seconds, then 41 characters and 7 seconds. */
  private static ScriptDrafted drafted(String videoId, int revision) {
    return ScriptDrafted.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
        .setVideoId(videoId).setWorkspaceId("demo").setRevision(revision)
        .setTopic("octopus hearts").setTitle("Why octopuses have three hearts")
        .setDescription("Three hearts, blue blood.").setTags(List.of("octopus")).setHook("Three hearts?")
        .setCallToAction("Subscribe for more sea facts.")
        .setScenes(List.of(
            Scene.newBuilder().setIndex(1).setNarration("Octopuses have three hearts.")
                .setVisualPrompt("an octopus").setOnScreenText("Three hearts").setDurationSeconds(5).build(),
            Scene.newBuilder().setIndex(2).setNarration("Two of them pump blood through the gills.")
                .setVisualPrompt("gills").setOnScreenText("Two for the gills").setDurationSeconds(7).build()))
        .build();
  }
}
