package io.ytautopilot.publish.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.publish.adapters.signing.TrustedKeys;
import io.ytautopilot.publish.adapters.signing.TrustedKeysConfig;
import io.ytautopilot.publish.domain.ApprovalClaim;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.Signed;
import io.ytautopilot.publish.domain.Unverified;
import io.ytautopilot.signing.SigningKeys;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The signature and approval rules of publish-service, with real Ed25519 keys and no broker. */
class StatementCheckTests {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private static final SigningKeys.Pem CURRENT = SigningKeys.generate();
  private static final SigningKeys.Pem RETIRED = SigningKeys.generate();
  private static final SigningKeys.Pem NEXT = SigningKeys.generate();
  private static final String VIDEO = UUID.randomUUID().toString();

  private final StatementCheck check = new StatementCheck(new TrustedKeys(config(Map.of(
      "current", key(CURRENT, NOW.minus(30, ChronoUnit.DAYS), null),
      "retired", key(RETIRED, NOW.minus(400, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS)),
      "next", key(NEXT, NOW.plus(7, ChronoUnit.DAYS), null)))), new PublishEventMapper());

  @Test
  void aGenuineStatementIsPublishedWithItsOwnValuesAtAttemptOne() {
    var statement = sign(statement().setPrivacyStatus("unlisted").setTags(List.of("a", "b")).build(), "current", CURRENT);

    var video = ApprovedVideo.verify(claim(statement, null), check);

    assertThat(video.publishAttempt()).isEqualTo(1);
    assertThat(video.title()).isEqualTo("Octopus hearts");
    assertThat(video.tags()).containsExactly("a", "b");
    assertThat(video.settings().privacyStatus()).isEqualTo("unlisted");
    assertThat(video.settings().containsSyntheticMedia()).isTrue();
    assertThat(video.statement().videoApproval().reviewer().subject()).isEqualTo("bob-id");
    assertThat(video.statement().thumbnailSha256()).isEqualTo("cd".repeat(32));
  }

  @Test
  void aGenuineRetryOfTheStatementAuthorisesItsAttempt() {
    var statement = sign(statement().build(), "current", CURRENT);
    var retry = sign(retry(statement).setPublishAttempt(3).build(), "current", CURRENT);

    assertThat(ApprovedVideo.verify(claim(statement, retry), check).publishAttempt()).isEqualTo(3);
  }

  @Test
  void keysAreTrustedOnlyInsideTheirWindow() {
    var refusals = new LinkedHashMap<SignedStatement, String>();
    refusals.put(sign(statement().setIssuedAt(NOW.minus(100, ChronoUnit.DAYS)).build(), "retired", RETIRED),
        "signed with key 'retired', which is not trusted now");
    refusals.put(sign(statement().build(), "next", NEXT), "signed with key 'next', which is not trusted now");
    refusals.put(sign(statement().setIssuedAt(NOW.minus(31, ChronoUnit.DAYS)).build(), "current", CURRENT),
        "outside the window of key 'current'");
    refusals.put(sign(statement().build(), "unknown", CURRENT), "signed with unknown key 'unknown'");
    refusals.put(sign(statement().build(), "current", RETIRED), "signature does not verify with key 'current'");

    refusals.forEach((statement, reason) -> assertThatThrownBy(() -> ApprovedVideo.verify(claim(statement, null), check))
        .isInstanceOf(Unverified.class).hasMessageContaining(reason));
  }

  @Test
  void aStatementIsRefusedUnlessItIsAboutThisVideoWithBothGatesInOrder() {
    var refusals = new LinkedHashMap<PublicationStatement, String>();
    refusals.put(statement().setVideoId(UUID.randomUUID().toString()).build(), "the statement is for video");
    refusals.put(statement().setWorkspaceId("other").build(), "the statement is for workspace other");
    refusals.put(statement().setScriptApprovedBy(new Identity("", "alice-id", "alice")).build(),
        "Gate 1 (script) names no reviewer");
    refusals.put(statement().setVideoApprovedAt(NOW.minus(3, ChronoUnit.HOURS)).build(),
        "not after Gate 1");
    refusals.put(statement().setVideoApprovedBy(new Identity("https://issuer", "alice-id", "alice (again)")).build(),
        "four eyes: alice (again) approved both gates");

    refusals.forEach((statement, reason) -> assertThatThrownBy(
        () -> ApprovedVideo.verify(claim(sign(statement, "current", CURRENT), null), check))
        .isInstanceOf(Unverified.class).hasMessageContaining(reason));
  }

  @Test
  void oneReviewerAtBothGatesPassesOnlyWhereTheSignedStatementAllowsSelfReview() {
    var alice = new Identity("https://issuer", "alice-id", "alice");
    var selfReviewed = statement().setVideoApprovedBy(alice).setAllowSelfReview(true).build();
    var otherIssuer = statement().setVideoApprovedBy(new Identity("https://other-issuer", "alice-id", "alice")).build();

    assertThat(ApprovedVideo.verify(claim(sign(selfReviewed, "current", CURRENT), null), check).statement()
        .allowSelfReview()).isTrue();
    assertThat(ApprovedVideo.verify(claim(sign(otherIssuer, "current", CURRENT), null), check).publishAttempt())
        .as("the same subject at another issuer is another person").isEqualTo(1);
  }

  @Test
  void aRetryIsRefusedUnlessItContinuesThisStatementWithALaterAttemptAfterGateTwo() {
    var statement = sign(statement().build(), "current", CURRENT);
    var other = sign(statement().setPrivacyStatus("public").build(), "current", CURRENT);
    var refusals = new LinkedHashMap<PublishRetryAuthorisation, String>();
    refusals.put(retry(other).build(), "the retry continues statement " + SignedStatements.sha256(other));
    refusals.put(retry(statement).setPublishAttempt(1).build(), "a retry authorises attempt 2 or later, not 1");
    refusals.put(retry(statement).setVideoId(UUID.randomUUID().toString()).build(), "the retry is for video");
    refusals.put(retry(statement).setRetriedAt(NOW.minus(1, ChronoUnit.HOURS)).build(),
        "is not after the Gate 2 approval");
    refusals.put(retry(statement).setRetriedBy(new Identity("issuer", " ", "carol")).build(),
        "the retry names no reviewer");

    refusals.forEach((retry, reason) -> assertThatThrownBy(
        () -> ApprovedVideo.verify(claim(statement, sign(retry, "current", CURRENT)), check))
        .isInstanceOf(Unverified.class).hasMessageContaining(reason));
    var unsignedRetry = new SignedStatement("current", sign(retry(statement).build(), "current", CURRENT).getPayload(),
        sign(retry(statement).setPublishAttempt(9).build(), "current", CURRENT).getSignature());
    assertThatThrownBy(() -> ApprovedVideo.verify(claim(statement, unsignedRetry), check))
        .hasMessageContaining("PublishRetryAuthorisation signature does not verify");
  }

  @Test
  void keySettingsThatCannotWorkStopTheServiceNamingTheSetting() {
    assertThatThrownBy(() -> new TrustedKeys(config(Map.of())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no trusted approval key");
    assertThatThrownBy(() -> new TrustedKeys(config(Map.of("k", key(CURRENT, NOW, NOW.minusSeconds(1))))))
        .hasMessageContaining("valid-until").hasMessageContaining("is not after valid-from");
    var privateInstead = new TrustedKeysConfig.Key() {
      public String publicKey() { return CURRENT.privateKey(); }
      public Instant validFrom() { return NOW; }
      public Optional<Instant> validUntil() { return Optional.empty(); }
    };
    assertThatThrownBy(() -> new TrustedKeys(config(Map.of("k", privateInstead))))
        .hasMessage("yt.approval.trusted-keys.\"k\".public-key is PEM of another kind; expected PUBLIC KEY");
  }

  private static PublicationStatement.Builder statement() {
    return PublicationStatement.newBuilder()
        .setVideoId(VIDEO).setWorkspaceId("demo").setScriptRevision(2).setGeneration(1)
        .setScriptApprovedBy(new Identity("https://issuer", "alice-id", "alice"))
        .setScriptApprovedAt(NOW.minus(2, ChronoUnit.HOURS))
        .setVideoApprovedBy(new Identity("https://issuer", "bob-id", "bob")).setVideoApprovedAt(NOW)
        .setTitle("Octopus hearts").setDescription("Three of them").setTags(List.of("octopus"))
        .setPrivacyStatus("private").setPublishAt(null).setMadeForKids(false).setContainsSyntheticMedia(true)
        .setVideoSha256("ab".repeat(32)).setThumbnailSha256("cd".repeat(32)).setIssuedAt(NOW);
  }

  private static PublishRetryAuthorisation.Builder retry(SignedStatement statement) {
    return PublishRetryAuthorisation.newBuilder()
        .setVideoId(VIDEO).setWorkspaceId("demo").setPublishAttempt(2)
        .setRetriedBy(new Identity("https://issuer", "carol-id", "carol")).setRetriedAt(NOW.plusSeconds(60))
        .setStatementSha256(SignedStatements.sha256(statement)).setIssuedAt(NOW);
  }

  private static SignedStatement sign(org.apache.avro.specific.SpecificRecord statement, String keyId,
      SigningKeys.Pem key) {
    PrivateKey privateKey = SigningKeys.privateKey(key.privateKey(), keyId);
    return SignedStatements.sign(statement, keyId, privateKey);
  }

  private static ApprovalClaim claim(SignedStatement statement, SignedStatement retry) {
    return new ApprovalClaim(UUID.fromString(VIDEO), "demo", signed(statement), retry == null ? null : signed(retry),
        Path.of("v.mp4"), Path.of("t.png"));
  }

  private static Signed signed(SignedStatement signed) {
    return new Signed(signed.getKeyId(), signed.getPayload().array(), signed.getSignature().array());
  }

  private static TrustedKeysConfig.Key key(SigningKeys.Pem pem, Instant from, Instant until) {
    return new TrustedKeysConfig.Key() {
      public String publicKey() { return pem.publicKey(); }
      public Instant validFrom() { return from; }
      public Optional<Instant> validUntil() { return Optional.ofNullable(until); }
    };
  }

  private static TrustedKeysConfig config(Map<String, TrustedKeysConfig.Key> keys) {
    return () -> keys;
  }
}
