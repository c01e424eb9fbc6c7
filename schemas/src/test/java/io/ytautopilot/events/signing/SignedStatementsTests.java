package io.ytautopilot.events.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.signing.SigningKeys;
import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedStatementsTests {
  private static final SigningKeys.Pem REVIEW = SigningKeys.generate();
  private static final PrivateKey SIGNING = SigningKeys.privateKey(REVIEW.privateKey(), "test");
  private static final PublicKey VERIFYING = SigningKeys.publicKey(REVIEW.publicKey(), "test");

  static PublicationStatement statement() {
    return PublicationStatement.newBuilder()
        .setVideoId("v-1").setWorkspaceId("demo").setScriptRevision(2).setGeneration(1)
        .setScriptApprovedBy(new Identity("https://issuer", "alice-id", "alice"))
        .setScriptApprovedAt(Instant.parse("2026-11-25T10:00:00.123456Z"))
        .setVideoApprovedBy(new Identity("https://issuer", "bob-id", "bob"))
        .setVideoApprovedAt(Instant.parse("2026-11-25T11:00:00Z"))
        .setTitle("Octopus hearts").setDescription("Three of them").setTags(List.of("octopus"))
        .setPrivacyStatus("private").setPublishAt(null).setMadeForKids(false).setContainsSyntheticMedia(true)
        .setVideoSha256("ab".repeat(32)).setThumbnailSha256("cd".repeat(32))
        .setIssuedAt(Instant.parse("2026-11-25T11:00:00.5Z"))
        .build();
  }

  @Test
  void aSignedStatementVerifiesAndReadsBackAsSigned() {
    var signed = SignedStatements.sign(statement(), "k1", SIGNING);

    assertThat(SignedStatements.verifies(signed, PublicationStatement.class, VERIFYING)).isTrue();
    assertThat(SignedStatements.read(signed, PublicationStatement.class)).isEqualTo(statement());
    assertThat(signed.getKeyId()).isEqualTo("k1");
  }

  @Test
  void everyChangedByteOfThePayloadBreaksTheSignature() {
    var signed = SignedStatements.sign(statement(), "k1", SIGNING);
    byte[] payload = signed.getPayload().array();
    for (int i = 0; i < payload.length; i++) {
      byte[] tampered = payload.clone();
      tampered[i] ^= 1;
      var altered = new SignedStatement("k1", ByteBuffer.wrap(tampered), signed.getSignature());
      assertThat(SignedStatements.verifies(altered, PublicationStatement.class, VERIFYING)).as("byte %d", i).isFalse();
    }
  }

  @Test
  void anotherKeyOrAGarbledSignatureDoesNotVerify() {
    var stranger = SigningKeys.privateKey(SigningKeys.generate().privateKey(), "stranger");
    var forged = SignedStatements.sign(statement(), "k1", stranger);
    var garbled = new SignedStatement("k1", forged.getPayload(), ByteBuffer.wrap(new byte[] {1, 2, 3}));

    assertThat(SignedStatements.verifies(forged, PublicationStatement.class, VERIFYING)).isFalse();
    assertThat(SignedStatements.verifies(garbled, PublicationStatement.class, VERIFYING)).isFalse();
  }

  @Test
  void aStatementOfOneTypeNeverVerifiesAsAnother() {
    var retry = PublishRetryAuthorisation.newBuilder()
        .setVideoId("v-1").setWorkspaceId("demo").setPublishAttempt(2)
        .setRetriedBy(new Identity("https://issuer", "carol-id", "carol"))
        .setRetriedAt(Instant.parse("2026-11-26T09:00:00Z")).setStatementSha256("ef".repeat(32))
        .setIssuedAt(Instant.parse("2026-11-26T09:00:00Z"))
        .build();
    var signedRetry = SignedStatements.sign(retry, "k1", SIGNING);

    assertThat(SignedStatements.verifies(signedRetry, PublishRetryAuthorisation.class, VERIFYING)).isTrue();
    assertThat(SignedStatements.verifies(signedRetry, PublicationStatement.class, VERIFYING)).isFalse();
    assertThatThrownBy(() -> SignedStatements.read(signedRetry, PublicationStatement.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PublicationStatement");
  }

  @Test
  void theDigestNamesExactlyOnePayload() {
    var first = SignedStatements.sign(statement(), "k1", SIGNING);
    var again = SignedStatements.sign(statement(), "k1", SIGNING);
    var other = PublicationStatement.newBuilder(statement()).setPrivacyStatus("public").build();

    assertThat(SignedStatements.sha256(first)).hasSize(64).isEqualTo(SignedStatements.sha256(again))
        .isNotEqualTo(SignedStatements.sha256(SignedStatements.sign(other, "k1", SIGNING)));
  }
}
