package io.ytautopilot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.ytautopilot.eventing.failures.FailedRecords;
import io.ytautopilot.eventing.failures.FailureTopics;
import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.signing.SigningKeys;
import io.ytautopilot.testsupport.EventStreams;
import io.ytautopilot.testsupport.TopicRecords;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event-forgery suite: someone who can write to Kafka, but holds no key of review-service's,
 * tries to get videos published that two humans did not approve as they are. Every forged record
 * goes to a video rendered and waiting at Gate 2, so a forgery that got through would publish it.
 * Each case counts what was tried, refused and published; the table is printed, and the suite fails
 * unless nothing forged was published and every genuine approval still was.
 */
@ExtendWith(SharedSystem.class)
class ForgeryIT {
  private static final String DEAD_LETTERS = FailureTopics.deadLetterTopic(Topics.VIDEO_APPROVED,
      PipelineSystem.consumerGroupOf("publish-service"));
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** review-service's key id on the system stack (PipelineSystem); the attacker knows it, not the key. */
  private static final String REVIEW_KEY_ID = "system";
  private static final PrivateKey ATTACKER_KEY =
      SigningKeys.privateKey(SigningKeys.generate().privateKey(), "the attacker's key");

  private static PipelineSystem system;
  private static ReviewDesk desk;
  private static EventStreams streams;

  /** One row of the table: what a case tried, and what came of it. */
  private record Outcome(String attack, int tried, int refused, int published) {}

  @BeforeAll
  static void startTheSystem() {
    system = SharedSystem.get();
    desk = new ReviewDesk(system);
    streams = EventStreams.of(system.kafka(), PipelineSystem.REGISTRY);
  }

  @Test
  void forgedTamperedAndReplayedApprovalsPublishNothingAndBlockNoGenuineVideo() throws Exception {
    String genuineWorkspace = desk.newWorkspace("forgery-genuine", List.of());
    String targetWorkspace = desk.newWorkspace("forgery-target", List.of("shocking"));
    String genuine = desk.awaitDraft(genuineWorkspace);
    String target = desk.awaitDraft(targetWorkspace);
    var outcomes = new ArrayList<Outcome>();

    // Gate 1 edits are checked like drafts: a banned word added by the reviewer stops the approval
    int bannedEdit = desk.tryDecide(target, "gate1/approve", "alice", Map.of("title", "A shocking truth"))
        .statusCode();
    outcomes.add(new Outcome("edited script with a banned word (Gate 1)", 1, bannedEdit == 422 ? 1 : 0,
        publishedCount(target)));
    for (String videoId : List.of(genuine, target)) {
      desk.decide(videoId, "gate1/approve", "alice");
    }
    for (String videoId : List.of(genuine, target)) {
      desk.awaitState(videoId, "VIDEO_PENDING_REVIEW", Duration.ofMinutes(4));
    }

    // a genuine approval, published, whose signed statement the attacker captures from the topic
    desk.decide(genuine, "gate2/approve", "bob");
    desk.awaitState(genuine, "PUBLISHED", TIMEOUT);
    VideoApproved captured = streams.<VideoApproved>awaitRecord(Topics.VIDEO_APPROVED, genuine, TIMEOUT).value();
    JsonPath waiting = desk.video(target);

    var tampered = new LinkedHashMap<String, UnaryOperator<PublicationStatement.Builder>>();
    tampered.put("nothing but the video", statement -> statement);
    tampered.put("title", statement -> statement.setTitle("Click here"));
    tampered.put("description", statement -> statement.setDescription("Visit a scam site"));
    tampered.put("tags", statement -> statement.setTags(List.of("scam")));
    tampered.put("privacy", statement -> statement.setPrivacyStatus("public"));
    tampered.put("publishAt", statement -> statement.setPublishAt(Instant.now().truncatedTo(ChronoUnit.MICROS)));
    tampered.put("made for kids", statement -> statement.setMadeForKids(!statement.getMadeForKids()));
    tampered.put("synthetic media", statement -> statement.setContainsSyntheticMedia(false));
    tampered.put("Gate 1 approver", statement -> statement.setScriptApprovedBy(identity("mallory")));
    tampered.put("Gate 2 approver", statement -> statement.setVideoApprovedBy(identity("mallory")));
    tampered.put("self-review rule", statement -> statement.setAllowSelfReview(true));
    tampered.put("generation", statement -> statement.setGeneration(statement.getGeneration() + 1));
    // each field of the captured statement changed, moved onto the waiting video, under its signature
    var tamperedForgeries = new ArrayList<VideoApproved>();
    tampered.forEach((field, change) -> tamperedForgeries.add(approval(target, targetWorkspace, waiting,
        resigned(captured.getStatement(), statement -> change.apply(retargeted(statement, target, targetWorkspace,
            waiting))), null)));
    outcomes.add(send("tampered field of a captured approval", target, tamperedForgeries));

    PublicationStatement honest = retargeted(PublicationStatement.newBuilder(read(captured.getStatement())), target,
        targetWorkspace, waiting).build();
    SignedStatement byAttacker = SignedStatements.sign(honest, REVIEW_KEY_ID, ATTACKER_KEY);
    outcomes.add(send("unsigned, wrong or unknown key", target, List.of(
        approval(target, targetWorkspace, waiting, new SignedStatement(REVIEW_KEY_ID, encoded(honest),
            ByteBuffer.allocate(0)), null),
        approval(target, targetWorkspace, waiting, byAttacker, null),
        approval(target, targetWorkspace, waiting, SignedStatements.sign(honest, "attacker-2026", ATTACKER_KEY),
            null))));

    // the captured statement itself, replayed under the waiting video's id, with raised attempts
    var replays = new ArrayList<VideoApproved>();
    replays.add(approval(target, targetWorkspace, waiting, captured.getStatement(), null));
    for (int attempt = 2; attempt <= 4; attempt++) {
      replays.add(approval(target, targetWorkspace, waiting, captured.getStatement(),
          forgedRetry(captured.getStatement(), target, targetWorkspace, attempt)));
    }
    replays.add(approval(target, targetWorkspace, waiting, byAttacker,
        forgedRetry(byAttacker, target, targetWorkspace, 2)));
    outcomes.add(send("replay with a raised attempt", target, replays));

    outcomes.add(resent(genuine, captured, 3));

    int selfReview = desk.tryDecide(target, "gate2/approve", "alice", Map.of("comment", "mine")).statusCode();
    outcomes.add(new Outcome("self-review at Gate 2 (four eyes on)", 1, selfReview == 403 ? 1 : 0,
        publishedCount(target)));
    assertThat(selfReview).as("the Gate 1 approver at Gate 2").isEqualTo(403);

    // the genuine approval of the waiting video still publishes it, after all of this
    assertThat(publishedCount(target)).as("nothing forged published the waiting video").isZero();
    desk.decide(target, "gate2/approve", "bob");
    desk.awaitState(target, "PUBLISHED", TIMEOUT);
    String publishedAt = desk.video(target).getString("publishedLocation");
    outcomes.add(send("forged again after the genuine flow", target, tamperedForgeries));

    var genuineOutcome = new Outcome("genuine approvals (both gates, two reviewers)", 2, 0,
        publishedCount(genuine) + publishedCount(target));
    print(outcomes, genuineOutcome);
    assertThat(outcomes).allSatisfy(outcome -> {
      assertThat(outcome.published()).as(outcome.attack() + ": published").isZero();
      assertThat(outcome.refused()).as(outcome.attack() + ": refused").isEqualTo(outcome.tried());
    });
    assertThat(genuineOutcome.published()).as("no genuine video blocked, none published twice").isEqualTo(2);
    JsonPath published = desk.video(target);
    assertThat(published.getString("publishedLocation")).isEqualTo(publishedAt);
    assertThat(published.getInt("publishAttempt")).isEqualTo(1);
  }

  /**
   * Sends the forged approvals of the video and counts them: refused when publish-service
   * dead-lettered it with a reason, published when the video's publications grew meanwhile.
   */
  private Outcome send(String attack, String videoId, List<VideoApproved> forgeries) {
    int deadBefore = deadLetters(videoId).size();
    int publishedBefore = publishedCount(videoId);
    forgeries.forEach(forgery -> streams.publish(Topics.VIDEO_APPROVED, videoId, forgery));
    var reasons = await(attack + ": every forgery dead-lettered").atMost(TIMEOUT).pollInterval(Duration.ofMillis(250))
        .until(() -> deadLetters(videoId), dead -> dead.size() >= deadBefore + forgeries.size())
        .subList(deadBefore, deadBefore + forgeries.size());
    assertThat(reasons).as(attack).allSatisfy(reason -> assertThat(reason).isNotBlank());
    int published = publishedCount(videoId) - publishedBefore;
    return new Outcome(attack, forgeries.size(), reasons.size(), published);
  }

  /**
   * The genuine approval sent again, as it is, under new event ids: it verifies, and must not
   * publish the video a second time. Counted once publish-service has logged each one.
   */
  private Outcome resent(String videoId, VideoApproved genuine, int times) {
    int publishedBefore = publishedCount(videoId);
    var eventIds = new ArrayList<String>();
    for (int i = 0; i < times; i++) {
      var again = VideoApproved.newBuilder(genuine).setEventId(UUID.randomUUID().toString()).build();
      eventIds.add(again.getEventId());
      streams.publish(Topics.VIDEO_APPROVED, videoId, again);
    }
    await("publish-service handled every re-sent approval").atMost(TIMEOUT).pollInterval(Duration.ofMillis(250))
        .until(() -> eventIds.stream()
            .allMatch(eventId -> !ServiceLogs.withContext("publish-service", "eventId", eventId).isEmpty()));
    int published = publishedCount(videoId) - publishedBefore;
    return new Outcome("the captured approval re-sent as it is", times, times - published, published);
  }

  /** The reasons of the video's dead-lettered approvals, in the order they came. */
  private List<String> deadLetters(String videoId) {
    return TopicRecords.withKey(system.kafka(), DEAD_LETTERS, videoId, Duration.ZERO).stream()
        .map(record -> record.headers().lastHeader(FailedRecords.REASON))
        .map(header -> header == null ? "" : new String(header.value(), StandardCharsets.UTF_8))
        .toList();
  }

  private int publishedCount(String videoId) {
    return (int) TopicRecords.countWithKey(system.kafka(), Topics.VIDEO_PUBLISHED, videoId, Duration.ofSeconds(1));
  }

  private static VideoApproved approval(String videoId, String workspace, JsonPath video, SignedStatement statement,
      SignedStatement retry) {
    return VideoApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(videoId).setWorkspaceId(workspace)
        .setVideoLocation(video.getString("assets.videoLocation"))
        .setThumbnailLocation(video.getString("assets.thumbnailLocation"))
        .setStatement(statement).setRetry(retry)
        .build();
  }

  /** The statement about the waiting video: its ids and the SHA-256 of its rendered files. */
  private static PublicationStatement.Builder retargeted(PublicationStatement.Builder statement, String videoId,
      String workspace, JsonPath video) {
    return statement.setVideoId(videoId).setWorkspaceId(workspace)
        .setVideoSha256(video.getString("assets.videoSha256"))
        .setThumbnailSha256(video.getString("assets.thumbnailSha256"));
  }

  /** The payload changed after signing, under the original signature. */
  private static SignedStatement resigned(SignedStatement genuine, UnaryOperator<PublicationStatement.Builder> change) {
    var changed = change.apply(PublicationStatement.newBuilder(read(genuine))).build();
    return new SignedStatement(genuine.getKeyId(), encoded(changed), genuine.getSignature());
  }

  private static SignedStatement forgedRetry(SignedStatement statement, String videoId, String workspace,
      int attempt) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return SignedStatements.sign(PublishRetryAuthorisation.newBuilder()
        .setVideoId(videoId).setWorkspaceId(workspace).setPublishAttempt(attempt).setRetriedBy(identity("mallory"))
        .setRetriedAt(now).setStatementSha256(SignedStatements.sha256(statement)).setIssuedAt(now)
        .build(), REVIEW_KEY_ID, ATTACKER_KEY);
  }

  private static PublicationStatement read(SignedStatement signed) {
    return SignedStatements.read(signed, PublicationStatement.class);
  }

  private static ByteBuffer encoded(PublicationStatement statement) {
    try {
      return statement.toByteBuffer();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Identity identity(String name) {
    return new Identity("https://yt-autopilot.invalid/dev-issuer", name, name);
  }

  private static void print(List<Outcome> outcomes, Outcome genuine) {
    var table = new StringBuilder(String.format("%nevent-forgery suite%n%-48s %6s %8s %10s%n", "attack", "tried",
        "refused", "published"));
    for (var outcome : outcomes) {
      table.append(String.format("%-48s %6d %8d %10d%n", outcome.attack(), outcome.tried(), outcome.refused(),
          outcome.published()));
    }
    table.append(String.format("%-48s %6d %8s %10d%n", genuine.attack(), genuine.tried(), "-", genuine.published()));
    System.out.print(table);
  }
}
