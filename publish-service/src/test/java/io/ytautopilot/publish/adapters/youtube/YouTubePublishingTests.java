package io.ytautopilot.publish.adapters.youtube;

import io.ytautopilot.testsupport.youtube.FakeYouTube;
import static io.restassured.RestAssured.given;
import static io.ytautopilot.publish.TestApprovals.KEY_ID;
import static io.ytautopilot.publish.TestApprovals.STRANGER_KEY;
import static io.ytautopilot.publish.TestApprovals.approved;
import static io.ytautopilot.publish.TestApprovals.retried;
import static io.ytautopilot.publish.TestApprovals.signed;
import static io.ytautopilot.publish.TestApprovals.signedWith;
import static io.ytautopilot.publish.TestApprovals.statement;
import static io.ytautopilot.publish.TestDatabase.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublishFailed;
import io.ytautopilot.events.PublishHeld;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.events.VideoStatsUpdated;
import io.ytautopilot.publish.RefusedApprovals;
import io.ytautopilot.publish.TestApprovals.Media;
import io.ytautopilot.publish.domain.QuotaDay;
import io.ytautopilot.testsupport.EventStreams;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Publishing to YouTube over the real broker, registry and PostgreSQL, with Google's own client
 * talking real HTTP to a local fake YouTube ({@link FakeYouTube}). Workspace tube publishes to
 * YouTube; expiring's first access token is rejected; thrifty may spend 2,000 units a day.
 */
@QuarkusTest
@QuarkusTestResource(FakeYouTubeResource.class)
class YouTubePublishingTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
  private static final int CHUNK = 256 * 1024; // %test yt.youtube.chunk-size
  private static final Instant PUBLISH_AT = Instant.parse("2030-06-01T17:00:00Z");
  private final EventStreams streams = EventStreams.shared();
  private final FakeYouTube youtube = FakeYouTubeResource.server();

  @Test
  void aVerifiedApprovalIsUploadedInChunksWithItsMetadataAndThumbnail() throws Exception {
    var media = Media.write("tube", 4 * CHUNK + 1000);
    String videoId = media.videoId();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media,
        signed(statement(media).setPublishAt(PUBLISH_AT).setPrivacyStatus("public"))));

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value();

    String youtubeId = published.getExternalId();
    assertThat(published.getTarget()).isEqualTo("youtube");
    assertThat(published.getLocation()).isEqualTo("https://www.youtube.com/watch?v=" + youtubeId);
    assertThat(published.getPublishAttempt()).isEqualTo(1);
    assertThat(youtube.bytesOf(videoId)).isEqualTo(Files.readAllBytes(media.video()));
    assertThat(youtube.chunksOf(videoId)).extracting(FakeYouTube.Chunk::from)
        .containsExactly(0L, (long) CHUNK, 2L * CHUNK, 3L * CHUNK, 4L * CHUNK);
    var metadata = youtube.metadataOf(videoId);
    assertThat(metadata.at("/snippet/title").asText()).isEqualTo("Why octopuses have three hearts");
    assertThat(metadata.at("/snippet/description").asText()).isEqualTo("A short explainer\n\nytap:" + videoId);
    assertThat(metadata.at("/snippet/tags").toString()).isEqualTo("[\"octopus\",\"biology\"]");
    assertThat(metadata.at("/snippet/categoryId").asText()).isEqualTo("28");
    assertThat(metadata.at("/snippet/defaultLanguage").asText()).isEqualTo("en");
    // scheduled: private until YouTube makes it public at the reviewer's time
    assertThat(metadata.at("/status/privacyStatus").asText()).isEqualTo("private");
    assertThat(Instant.parse(metadata.at("/status/publishAt").asText())).isEqualTo(PUBLISH_AT);
    assertThat(metadata.at("/status/selfDeclaredMadeForKids").asBoolean()).isFalse();
    assertThat(metadata.at("/status/containsSyntheticMedia").asBoolean()).isTrue();
    assertThat(youtube.thumbnailsSet()).contains(youtubeId);
    given().get("/publications/{id}", videoId).then().statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("target", equalTo("youtube"))
        .body("externalId", equalTo(youtubeId));
  }

  @Test
  void anUploadCutByA5xxIsRetriedAndResumesItsSessionWithoutSendingTheBytesAgain() throws Exception {
    var media = Media.write("tube", 4 * CHUNK);
    String videoId = media.videoId();
    youtube.failChunk(videoId, 2, 503, "backendError");
    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));

    streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT);

    assertThat(youtube.initiationsFor(videoId)).hasSize(1);
    assertThat(youtube.statusQueriesFor(videoId)).isEqualTo(1);
    assertThat(youtube.chunksOf(videoId)).extracting(FakeYouTube.Chunk::from)
        .containsExactly(0L, (long) CHUNK, 2L * CHUNK, 3L * CHUNK);
    assertThat(youtube.bytesOf(videoId)).isEqualTo(Files.readAllBytes(media.video()));
  }

  @Test
  void anUploadInterruptedByACrashResumesTheStoredSessionFromTheBytesYouTubeHas() throws Exception {
    var media = Media.write("tube", 4 * CHUNK);
    String videoId = media.videoId();
    byte[] bytes = Files.readAllBytes(media.video());
    // what a crash mid-upload leaves: PUBLISHING, the session stored, half the bytes at YouTube
    String session = youtube.openSession(videoId, "Why octopuses have three hearts",
        Arrays.copyOf(bytes, 2 * CHUNK));
    sql("insert into publication (video_id, workspace_id, status, publish_attempt, target)"
        + " values ('" + videoId + "', 'tube', 'PUBLISHING', 1, 'youtube')");
    sql("insert into youtube_upload (video_id, workspace_id, session_uri, updated_at)"
        + " values ('" + videoId + "', 'tube', '" + session + "', now())");

    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value();
    assertThat(youtube.initiationsFor(videoId)).isEmpty();
    assertThat(youtube.chunksOf(videoId)).extracting(FakeYouTube.Chunk::from)
        .containsExactly(2L * CHUNK, 3L * CHUNK);
    assertThat(youtube.bytesOf(videoId)).isEqualTo(bytes);
    assertThat(youtube.thumbnailsSet()).contains(published.getExternalId());
  }

  @Test
  void anUploadWhoseAnswerWasNeverStoredIsFoundByItsMarkerAndNotUploadedAgain() throws Exception {
    var media = Media.write("tube", CHUNK);
    String videoId = media.videoId();
    String onYouTube = youtube.addUploadedVideo(videoId, "Why octopuses have three hearts");

    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value();
    assertThat(published.getExternalId()).isEqualTo(onYouTube);
    assertThat(youtube.initiationsFor(videoId)).isEmpty();
    assertThat(youtube.chunksOf(videoId)).isEmpty();
  }

  @Test
  void quotaExceededFromYouTubeHoldsTheUploadUntilTheQuotaResets() throws Exception {
    var media = Media.write("tube", CHUNK);
    String videoId = media.videoId();
    youtube.failInitiation(videoId, 403, "quotaExceeded");

    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));

    var held = streams.<PublishHeld>awaitRecord(Topics.PUBLISH_HELD, videoId, EVENT_TIMEOUT).value();
    assertThat(held.getReason()).contains("403 quotaExceeded");
    assertThat(held.getRetryAt()).isEqualTo(QuotaDay.nextReset(Instant.now()));
    assertThat(held.getPublishAttempt()).isEqualTo(1);
    given().get("/publications/{id}", videoId).then()
        .body("status", equalTo("HELD"))
        .body("reason", equalTo(held.getReason()));
    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ofSeconds(2))).isZero();
    assertThat(streams.countWithKey(Topics.PUBLISH_FAILED, videoId, Duration.ZERO)).isZero();
  }

  @Test
  void aRefusalByYouTubeFailsTheAttemptWithItsReasonAndReviewsRetryPublishes() throws Exception {
    var media = Media.write("tube", CHUNK);
    String videoId = media.videoId();
    youtube.failInitiation(videoId, 400, "invalidTitle");
    VideoApproved first = approved(media, signed(media));
    streams.publish(Topics.VIDEO_APPROVED, videoId, first);

    var failed = streams.<PublishFailed>awaitRecord(Topics.PUBLISH_FAILED, videoId, EVENT_TIMEOUT).value();
    assertThat(failed.getReason()).contains("YouTube refused the upload: 400 invalidTitle");
    given().get("/publications/{id}", videoId).then().body("status", equalTo("FAILED"));

    // review's retry: the same statement, and a reviewer's signed authorisation of the next attempt
    streams.publish(Topics.VIDEO_APPROVED, videoId, retried(media, first.getStatement(), 2));

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value();
    assertThat(published.getPublishAttempt()).isEqualTo(2);
    assertThat(youtube.initiationsFor(videoId)).hasSize(2);
    assertThat(youtube.chunksOf(videoId)).hasSize(1);
  }

  @Test
  void aRefusedThumbnailDoesNotUnpublishAnUploadedVideo() throws Exception {
    var media = Media.write("tube", CHUNK);
    youtube.failThumbnail(media.videoId(), 403, "forbidden"); // a channel not verified for custom thumbnails
    streams.publish(Topics.VIDEO_APPROVED, media.videoId(), approved(media, signed(media)));

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, media.videoId(), EVENT_TIMEOUT)
        .value();

    assertThat(youtube.thumbnailsSet()).doesNotContain(published.getExternalId());
    assertThat(streams.countWithKey(Topics.PUBLISH_FAILED, media.videoId(), Duration.ZERO)).isZero();
  }

  @Test
  void theDailyQuotaHoldsAnUploadThatWouldPassItAndTheNextQuotaDayPublishesIt() throws Exception {
    sql("delete from quota_usage where workspace_id = 'thrifty'");
    var first = Media.write("thrifty", CHUNK);
    streams.publish(Topics.VIDEO_APPROVED, first.videoId(), approved(first, signed(first)));
    streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, first.videoId(), EVENT_TIMEOUT);

    var second = Media.write("thrifty", CHUNK);
    streams.publish(Topics.VIDEO_APPROVED, second.videoId(), approved(second, signed(second)));
    var held = streams.<PublishHeld>awaitRecord(Topics.PUBLISH_HELD, second.videoId(), EVENT_TIMEOUT).value();
    assertThat(held.getReason()).contains("daily API quota of 2000 units would not cover an upload (1650 units;");
    assertThat(held.getRetryAt()).isEqualTo(QuotaDay.nextReset(Instant.now()));
    assertThat(youtube.initiationsFor(second.videoId())).isEmpty();

    // the next quota day: the units are back and the retry time has come
    sql("delete from quota_usage where workspace_id = 'thrifty'");
    sql("update publication set retry_at = now() - interval '1 second' where video_id = '" + second.videoId() + "'");

    var published = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, second.videoId(), EVENT_TIMEOUT)
        .value();
    assertThat(published.getPublishAttempt()).isEqualTo(1);
    assertThat(youtube.initiationsFor(second.videoId())).hasSize(1);
    given().get("/publications/{id}", second.videoId()).then().body("status", equalTo("PUBLISHED"));
  }

  @Test
  void anExpiredAccessTokenIsRefreshedAndTheUploadGoesOn() throws Exception {
    var media = Media.write("expiring", CHUNK);
    streams.publish(Topics.VIDEO_APPROVED, media.videoId(), approved(media, signed(media)));

    streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, media.videoId(), EVENT_TIMEOUT);

    assertThat(youtube.tokenRequestsOf("expiring-client")).isEqualTo(2);
    assertThat(youtube.initiationsFor(media.videoId())).hasSize(1);
  }

  @Test
  void forgedOrTamperedApprovalsOnTheTopicUploadNothingAndEachRefusalIsVisible() throws Exception {
    var unverified = new LinkedHashMap<VideoApproved, String>();
    var unsignedMedia = Media.write("tube", CHUNK);
    var unsigned = signed(unsignedMedia);
    unverified.put(approved(unsignedMedia, new SignedStatement(KEY_ID, unsigned.getPayload(), ByteBuffer.allocate(0))),
        "PublicationStatement signature does not verify with key 'dev'");
    var wrongKey = Media.write("tube", CHUNK);
    unverified.put(approved(wrongKey, signedWith(statement(wrongKey).build(), KEY_ID, STRANGER_KEY)),
        "PublicationStatement signature does not verify with key 'dev'");
    var noGate1 = Media.write("tube", CHUNK);
    unverified.put(approved(noGate1, signed(statement(noGate1).setScriptApprovedBy(new Identity("", "", "")))),
        "Gate 1 (script) names no reviewer");
    var otherCut = Media.write("tube", CHUNK);
    var approvedOtherCut = approved(otherCut, signed(statement(otherCut).setVideoSha256("0".repeat(64))));

    unverified.keySet().forEach(approval -> streams.publish(Topics.VIDEO_APPROVED, approval.getVideoId(), approval));
    streams.publish(Topics.VIDEO_APPROVED, otherCut.videoId(), approvedOtherCut);

    // not verified: dead-lettered with the reason, nothing stored
    for (var refusal : unverified.entrySet()) {
      String videoId = refusal.getKey().getVideoId();
      assertThat(RefusedApprovals.awaitDeadLetter(videoId, EVENT_TIMEOUT).reason()).as(refusal.getValue())
          .contains(refusal.getValue());
      given().get("/publications/{id}", videoId).then().statusCode(404);
      assertNothingUploaded(videoId);
    }
    // verified, but the file is not the approved cut: the attempt fails, and review shows why
    var failed = streams.<PublishFailed>awaitRecord(Topics.PUBLISH_FAILED, otherCut.videoId(), EVENT_TIMEOUT).value();
    assertThat(failed.getReason()).contains("not the approved " + "0".repeat(64));
    given().get("/publications/{id}", otherCut.videoId()).then().body("status", equalTo("FAILED"));
    assertNothingUploaded(otherCut.videoId());
  }

  private void assertNothingUploaded(String videoId) {
    assertThat(youtube.initiationsFor(videoId)).isEmpty();
    assertThat(youtube.chunksOf(videoId)).isEmpty();
    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ZERO)).isZero();
  }

  @Test
  void aRedeliveredReplayedOrRepeatedApprovalOfAnUploadedVideoUploadsNothing() throws Exception {
    var media = Media.write("tube", CHUNK);
    String videoId = media.videoId();
    VideoApproved approval = approved(media, signed(media));
    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);
    streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT);

    streams.publish(Topics.VIDEO_APPROVED, videoId, approval);
    streams.publish(Topics.VIDEO_APPROVED, videoId, VideoApproved.newBuilder(approval)
        .setEventId(UUID.randomUUID().toString()).build());
    // even a genuine retry: the video is up, it is never uploaded twice
    streams.publish(Topics.VIDEO_APPROVED, videoId, retried(media, approval.getStatement(), 2));

    assertThat(streams.countWithKey(Topics.VIDEO_PUBLISHED, videoId, Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(youtube.initiationsFor(videoId)).hasSize(1);
    assertThat(youtube.chunksOf(videoId)).hasSize(1);
  }

  @Test
  void theStatisticsOfAPublishedVideoAreSyncedAndAnnounced() throws Exception {
    sql("delete from video_stats"); // videos of earlier runs, which this fake never had
    var media = Media.write("tube", CHUNK);
    String videoId = media.videoId();
    streams.publish(Topics.VIDEO_APPROVED, videoId, approved(media, signed(media)));
    String youtubeId = streams.<VideoPublished>awaitRecord(Topics.VIDEO_PUBLISHED, videoId, EVENT_TIMEOUT).value()
        .getExternalId();

    var stats = streams.<VideoStatsUpdated>awaitRecord(Topics.VIDEO_STATS_UPDATED, videoId, EVENT_TIMEOUT).value();

    assertThat(stats.getYoutubeVideoId()).isEqualTo(youtubeId);
    assertThat(stats.getWorkspaceId()).isEqualTo("tube");
    assertThat(stats.getViews()).isEqualTo(1234);
    assertThat(stats.getLikes()).isEqualTo(56);
    assertThat(stats.getComments()).isEqualTo(7);
    assertThat(stats.getWatchTimeMinutes()).isNull();
    // hourly while new: the next reading is an hour away
    assertThat(streams.countWithKey(Topics.VIDEO_STATS_UPDATED, videoId, Duration.ofSeconds(3))).isEqualTo(1);
  }
}
