package io.ytautopilot.publish.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static io.ytautopilot.publish.TestApprovals.KEY;
import static io.ytautopilot.publish.TestApprovals.KEY_ID;
import static io.ytautopilot.publish.TestApprovals.RETIRED_KEY;
import static io.ytautopilot.publish.TestApprovals.STRANGER_KEY;
import static io.ytautopilot.publish.TestApprovals.approved;
import static io.ytautopilot.publish.TestApprovals.randomBytes;
import static io.ytautopilot.publish.TestApprovals.retried;
import static io.ytautopilot.publish.TestApprovals.retry;
import static io.ytautopilot.publish.TestApprovals.signed;
import static io.ytautopilot.publish.TestApprovals.signedWith;
import static io.ytautopilot.publish.TestApprovals.statement;
import static io.ytautopilot.publish.TestDatabase.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishFailed;
import io.ytautopilot.events.PublishStarted;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.publish.RefusedApprovals;
import io.ytautopilot.publish.TestApprovals.Media;
import io.ytautopilot.testsupport.EventStreams;
import io.ytautopilot.testsupport.PrometheusMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The publish service over the real local broker, registry and PostgreSQL, exporting real files.
 * Approvals are signed the way review-service signs them, with the %test signing key.
 */
@QuarkusTest
class PublicationTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
  private static final Config CONFIG = ConfigProvider.getConfig();
  private static final Path EXPORT = Path.of(CONFIG.getValue("yt.export.dir", String.class));
  private static final Instant PUBLISH_AT = Instant.parse("2026-12-01T17:00:00Z");
  private final EventStreams streams = EventStreams.shared();

  @Test
  void aVerifiedApprovalIsStartedExportedAndAnnouncedWithItsAttempt() throws Exception {
    var media = Media.write("demo", 64 * 1024);
    VideoApproved approval =
        approved(media, signed(statement(media).setPublishAt(PUBLISH_AT).setPrivacyStatus("unlisted")));
    String videoId = media.videoId();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value();
    var started = streams.<PublishStarted>awaitRecord(Topics.PUBLISH_STARTED, videoId, EVENT_TIMEOUT).value();

    Path folder = EXPORT.resolve("demo").resolve(videoId).toAbsolutePath();
    assertThat(started.getPublishAttempt()).isEqualTo(1);
    assertThat(started.getTarget()).isEqualTo("export");
    assertThat(published.getPublishAttempt()).isEqualTo(1);
    assertThat(published.getTarget()).isEqualTo("export");
    assertThat(published.getLocation()).isEqualTo(folder.toString());
    assertThat(published.getWorkspaceId()).isEqualTo("demo");
    assertThat(Files.mismatch(folder.resolve(videoId + ".mp4"), media.video())).isEqualTo(-1);
    assertThat(Files.mismatch(folder.resolve("thumbnail.png"), media.thumbnail())).isEqualTo(-1);
    var metadata = new ObjectMapper().readTree(folder.resolve("metadata.json").toFile());
    assertThat(metadata.at("/title").asText()).isEqualTo("Why octopuses have three hearts");
    assertThat(metadata.at("/publishAt").asText()).isEqualTo(PUBLISH_AT.toString());
    assertThat(metadata.at("/privacyStatus").asText()).isEqualTo("unlisted");
    assertThat(metadata.at("/madeForKids").asBoolean()).isFalse();
    assertThat(metadata.at("/containsSyntheticMedia").asBoolean()).isTrue();
    var signed = SignedStatements.read(approval.getStatement(), PublicationStatement.class);
    assertThat(metadata.at("/approvals/scriptApproval/by").asText()).isEqualTo("alice");
    assertThat(metadata.at("/approvals/scriptApproval/at").asText())
        .isEqualTo(signed.getScriptApprovedAt().toString());
    assertThat(metadata.at("/approvals/videoApproval/by").asText()).isEqualTo("bob");
    assertThat(metadata.at("/approvals/videoApproval/at").asText())
        .isEqualTo(signed.getVideoApprovedAt().toString());
    assertThat(metadata.at("/approvals/scriptRevision").asInt()).isEqualTo(2);
    assertThat(metadata.at("/approvals/videoSha256").asText()).isEqualTo(media.sha256());
    assertThat(metadata.at("/approvals/thumbnailSha256").asText()).isEqualTo(media.thumbnailSha256());
    assertThat(metadata.at("/approvals/keyId").asText()).isEqualTo(KEY_ID);

    given().get("/publications/{id}", videoId).then().statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishAttempt", equalTo(1))
        .body("target", equalTo("export"))
        .body("location", equalTo(folder.toString()))
        .body("reason", nullValue());
  }

  @Test
  void unverifiableApprovalsChangeNothingGoToTheDeadLetterTopicAndTheGenuineOneStillPublishes() throws Exception {
    var forgeries = List.of(
        new Forgery("PublicationStatement signature does not verify with key 'dev'", media -> approved(media,
            tampered(signed(media), statement -> statement.setPrivacyStatus("public")))),
        new Forgery("PublicationStatement signed with unknown key 'unknown-2030'", media -> approved(media,
            signedWith(statement(media).build(), "unknown-2030", KEY))),
        new Forgery("PublicationStatement signature does not verify with key 'dev'", media -> approved(media,
            signedWith(statement(media).build(), KEY_ID, STRANGER_KEY))),
        new Forgery("signed with key 'retired-2025', which is not trusted now", media -> approved(media,
            signedWith(statement(media).setIssuedAt(Instant.parse("2025-06-01T00:00:00Z")).build(), "retired-2025",
                RETIRED_KEY))),
        new Forgery("outside the window of key 'dev'", media -> approved(media,
            signed(statement(media).setIssuedAt(Instant.parse("2025-06-01T00:00:00Z"))))),
        new Forgery("Gate 2 (video) names no reviewer", media -> approved(media,
            signed(statement(media).setVideoApprovedBy(new Identity("", "", "bob"))))),
        new Forgery("the statement is for video", media -> approved(media,
            signed(statement(media).setVideoId(UUID.randomUUID().toString())))),
        new Forgery("PublishRetryAuthorisation signature does not verify", media -> approved(media, signed(media),
            signedWith(retry(media, signed(media), 2).build(), KEY_ID, STRANGER_KEY))),
        new Forgery("the retry continues statement", media -> approved(media, signed(media),
            signedWith(retry(media, signed(statement(media).setTitle("Another title")), 2).build(), KEY_ID, KEY))),
        new Forgery("PublicationStatement signature does not verify", media -> approved(media,
            signedWith(retry(media, signed(media), 2).build(), KEY_ID, KEY))));
    double unverifiedBefore = unverifiedApprovals();

    for (var forgery : forgeries) {
      var media = Media.write("demo", 64 * 1024);
      String videoId = media.videoId();
      streams.publish(Topics.VIDEO_APPROVED, videoId, forgery.approval().apply(media));

      var deadLetter = RefusedApprovals.awaitDeadLetter(videoId, EVENT_TIMEOUT);
      assertThat(deadLetter.reason()).as(forgery.reason()).contains(forgery.reason());
      assertThat(deadLetter.attempts()).as("no retries").isEqualTo("1");
      given().get("/publications/{id}", videoId).then().statusCode(404);
      assertThat(streams.countWithKey(Topics.PUBLISH_FAILED, videoId, Duration.ZERO)).isZero();
      assertThat(streams.countWithKey(Topics.PUBLISH_STARTED, videoId, Duration.ZERO)).isZero();
      assertThat(EXPORT.resolve("demo").resolve(videoId)).doesNotExist();

      // the forgery took no attempt number: review's genuine first approval publishes
      streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));
      assertThat(streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value()
          .getPublishAttempt()).isEqualTo(1);
    }
    assertThat(unverifiedApprovals() - unverifiedBefore).as("yt_events_unverified_total")
        .isEqualTo(forgeries.size());
  }

  @Test
  void aVerifiedApprovalOfFilesOtherThanTheApprovedOnesFailsAndNothingIsExported() throws Exception {
    var refusals = new LinkedHashMap<VideoApproved, String>();
    refusals.put(forged(media -> approved(media, signed(statement(media).setVideoSha256("0".repeat(64))))),
        "not the approved " + "0".repeat(64));
    refusals.put(forged(media -> approved(media, signed(statement(media).setThumbnailSha256("1".repeat(64))))),
        "thumbnail file");
    refusals.put(forged(media -> {
      var approval = approved(media, signed(media));
      Files.delete(media.video());
      return approval;
    }), "does not exist");

    refusals.keySet().forEach(approval -> streams.publish(Topics.VIDEO_APPROVED, approval.getVideoId(), approval));

    for (var refusal : refusals.entrySet()) {
      String videoId = refusal.getKey().getVideoId();
      var failed = streams.<PublishFailed>awaitRecord(Topics.PUBLISH_FAILED, videoId, EVENT_TIMEOUT).value();
      assertThat(failed.getReason()).as(refusal.getValue()).contains(refusal.getValue());
      assertThat(failed.getPublishAttempt()).isEqualTo(1);
      given().get("/publications/{id}", videoId).then().statusCode(200)
          .body("status", equalTo("FAILED"))
          .body("publishAttempt", equalTo(1))
          .body("reason", equalTo(failed.getReason()))
          .body("location", nullValue());
      assertThat(EXPORT.resolve("demo").resolve(videoId)).doesNotExist();
      // the refusal is this approval's final outcome: nothing for it can follow on the topics
      assertThat(streams.countWithKey(Topics.PUBLISH_STARTED, videoId, Duration.ZERO)).isZero();
      assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ZERO)).isZero();
    }
  }

  @Test
  void aRedeliveredReplayedOrRepeatedApprovalOfAPublishedVideoIsNeitherExportedNorAnnouncedAgain() throws Exception {
    var media = Media.write("demo", 64 * 1024);
    VideoApproved approval = approved(media, signed(media));
    String videoId = media.videoId();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);
    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT);
    Path metadata = Path.of(published.value().getLocation()).resolve("metadata.json");
    var exportedAt = Files.getLastModifiedTime(metadata);

    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);
    streams.publish(Topics.VIDEO_APPROVED, videoId, VideoApproved.newBuilder(approval)
        .setEventId(UUID.randomUUID().toString()).build());
    // even a genuine retry: the video is out, it is never exported twice
    streams.publish(Topics.VIDEO_APPROVED, videoId, retried(media, approval.getStatement(), 2));

    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(streams.countWithKey(Topics.PUBLISH_STARTED, videoId, Duration.ZERO)).isEqualTo(1);
    assertThat(streams.countWithKey(Topics.PUBLISH_FAILED, videoId, Duration.ZERO)).isZero();
    assertThat(Files.getLastModifiedTime(metadata)).isEqualTo(exportedAt);
  }

  @Test
  void aRetryWithTheNextAttemptPublishesOnceTheFileIsRightAndStaleAttemptsAreIgnored() throws Exception {
    var media = Media.write("demo", 64 * 1024);
    String videoId = media.videoId();
    VideoApproved first = approved(media, signed(media));
    byte[] approvedBytes = Files.readAllBytes(media.video());
    Files.write(media.video(), randomBytes(1024)); // not the cut approved at Gate 2
    streams.publish(Topics.VIDEO_APPROVED, videoId, first);
    var failed = streams.<PublishFailed>awaitRecord(Topics.PUBLISH_FAILED, videoId, EVENT_TIMEOUT).value();
    assertThat(failed.getReason()).contains("not the approved " + media.sha256());

    Files.write(media.video(), approvedBytes);
    // a second record of attempt 1 (not a redelivery: another event id) is stale; review's retry is attempt 2
    streams.publish(Topics.VIDEO_APPROVED, videoId, VideoApproved.newBuilder(first)
        .setEventId(UUID.randomUUID().toString()).build());
    streams.publish(Topics.VIDEO_APPROVED, videoId, retried(media, first.getStatement(), 2));

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value();
    assertThat(published.getPublishAttempt()).isEqualTo(2);
    assertThat(streams.<PublishStarted>awaitRecord(Topics.PUBLISH_STARTED, videoId, EVENT_TIMEOUT).value()
        .getPublishAttempt()).isEqualTo(2);
    assertThat(Files.mismatch(Path.of(published.getLocation()).resolve(videoId + ".mp4"), media.video())).isEqualTo(-1);
    assertThat(streams.countWithKey(Topics.PUBLISH_FAILED, videoId, Duration.ZERO)).isEqualTo(1);
    assertThat(streams.countWithKey(Topics.PUBLISH_STARTED, videoId, Duration.ZERO)).isEqualTo(1);
    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ZERO)).isEqualTo(1);
    given().get("/publications/{id}", videoId).then()
        .body("status", equalTo("PUBLISHED"))
        .body("publishAttempt", equalTo(2))
        .body("reason", nullValue());
  }

  @Test
  void anApprovalOfACancelledVideoIsRefusedAndNothingIsExported() throws Exception {
    var media = Media.write("demo", 64 * 1024);
    String videoId = media.videoId();
    streams.publish(Topics.VIDEO_CANCELLED, videoId, cancelled(videoId));
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
        .until(() -> given().get("/publications/{id}", videoId).statusCode() == 200);
    given().get("/publications/{id}", videoId).then()
        .body("status", equalTo("CANCELLED"))
        .body("reason", equalTo("cancelled by carol: off brand"));

    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));

    var failed = streams.<PublishFailed>awaitRecord(Topics.PUBLISH_FAILED, videoId, EVENT_TIMEOUT).value();
    assertThat(failed.getReason()).isEqualTo("cancelled by carol: off brand");
    assertThat(failed.getPublishAttempt()).isEqualTo(1);
    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ZERO)).isZero();
    assertThat(streams.countWithKey(Topics.PUBLISH_STARTED, videoId, Duration.ZERO)).isZero();
    assertThat(EXPORT.resolve("demo").resolve(videoId)).doesNotExist();
    given().get("/publications/{id}", videoId).then().body("status", equalTo("CANCELLED"));
  }

  @Test
  void cancellingAPublishedVideoChangesNothing() throws Exception {
    var media = Media.write("demo", 64 * 1024);
    String videoId = media.videoId();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));
    var location = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value()
        .getLocation();

    VideoCancelled cancellation = cancelled(videoId);
    streams.publish(Topics.VIDEO_CANCELLED, videoId, cancellation);
    await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(100))
        .until(() -> handled(cancellation.getEventId()));

    given().get("/publications/{id}", videoId).then()
        .body("status", equalTo("PUBLISHED"))
        .body("location", equalTo(location))
        .body("reason", nullValue());
  }

  @Test
  void aRedeliveryAfterACrashWhilePublishingFinishesTheAttempt() throws Exception {
    var media = Media.write("demo", 64 * 1024);
    String videoId = media.videoId();
    // the state a crash leaves: PUBLISHING committed (and PublishStarted sent), the export half done
    sql("insert into publication (video_id, workspace_id, status, publish_attempt, target)"
        + " values ('" + videoId + "', 'demo', 'PUBLISHING', 1, 'export')");
    Path folder = Files.createDirectories(EXPORT.resolve("demo").resolve(videoId)).toAbsolutePath();
    Files.write(folder.resolve(videoId + ".mp4"), new byte[] {1, 2, 3});

    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value();
    assertThat(published.getPublishAttempt()).isEqualTo(1);
    assertThat(published.getLocation()).isEqualTo(folder.toString());
    assertThat(Files.mismatch(folder.resolve(videoId + ".mp4"), media.video())).isEqualTo(-1);
    assertThat(folder.resolve("metadata.json")).exists();
    assertThat(streams.countWithKey(Topics.PUBLISH_STARTED, videoId, Duration.ZERO)).isZero();
    given().get("/publications/{id}", videoId).then()
        .body("status", equalTo("PUBLISHED"))
        .body("publishAttempt", equalTo(1));
  }

  @Test
  void recordsWithoutAnApprovalDoNotStopTheConsumer() throws Exception {
    // the connector dead-letters them (asserted in production-service, which shares the configuration)
    try (var kafka = new KafkaCompanion(CONFIG.getValue("kafka.bootstrap.servers", String.class))) {
      kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.VIDEO_APPROVED, "undecodable", "not avro"),
          new ProducerRecord<>(Topics.VIDEO_APPROVED, "empty", null),
          new ProducerRecord<>(Topics.VIDEO_CANCELLED, "empty", null)).awaitCompletion(Duration.ofSeconds(30));
    }
    var media = Media.write("demo", 64 * 1024);
    streams.publish(Topics.VIDEO_APPROVED, media.videoId(), approved(media, signed(media)));

    assertThat(streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, media.videoId(), EVENT_TIMEOUT).key())
        .isEqualTo(media.videoId());
  }

  @Test
  void anUnknownVideoIs404() {
    given().get("/publications/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  private interface MediaFunction {
    VideoApproved apply(Media media) throws Exception;
  }

  /** An approval that cannot be verified, and why. */
  private record Forgery(String reason, MediaFunction approval) {}

  /** The alert counter of approvals that failed verification. */
  private static double unverifiedApprovals() {
    return PrometheusMetrics.sum(given().get("/q/metrics").then().statusCode(200).extract().asString(),
        "yt_events_unverified_total", "topic=\"yt.video.approved\"");
  }

  /** The statement's payload with a field changed after signing, under the original signature. */
  private static SignedStatement tampered(SignedStatement genuine,
      UnaryOperator<PublicationStatement.Builder> change) throws Exception {
    var statement = change.apply(PublicationStatement.newBuilder(
        SignedStatements.read(genuine, PublicationStatement.class))).build();
    return new SignedStatement(genuine.getKeyId(), statement.toByteBuffer(), genuine.getSignature());
  }

  private static VideoApproved forged(MediaFunction approval) throws Exception {
    return approval.apply(Media.write("demo", 64 * 1024));
  }

  private static VideoCancelled cancelled(String videoId) {
    return VideoCancelled.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(videoId).setWorkspaceId("demo").setCancelledBy("carol").setReason("off brand")
        .build();
  }

  private static boolean handled(String eventId) {
    return ReactiveTransactions.await(() -> Panache.withSession(() -> Panache.getSession()
        .chain(session -> session.createNativeQuery("select count(*) from inbox_event where event_id = :id", Long.class)
            .setParameter("id", eventId).getSingleResult())))
        == 1;
  }
}
