package io.ytautopilot.publish;

import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.publish.domain.Sha256;
import io.ytautopilot.signing.SigningKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Approvals as review-service sends them, signed with the %test signing key (whose public half
 * the service under test trusts), and the files they approve.
 */
public final class TestApprovals {
  private static final Config CONFIG = ConfigProvider.getConfig();
  private static final Path MEDIA = Path.of("target/test-media").toAbsolutePath();
  public static final String ISSUER = "https://yt-autopilot.invalid/dev-issuer";
  public static final String KEY_ID = CONFIG.getValue("yt.approval.signing-key-id", String.class);
  public static final PrivateKey KEY =
      SigningKeys.privateKey(CONFIG.getValue("yt.approval.signing-key", String.class), "yt.approval.signing-key");
  /** The private half of the %test trusted key "retired-2025", retired since 2026-01-01. */
  public static final PrivateKey RETIRED_KEY =
      SigningKeys.privateKey("MC4CAQAwBQYDK2VwBCIEIMstbIS4jq+xqjuOur52nci+lHITjf/CwetgWVqeS5v9", "retired-2025");
  /** A key review-service never had. */
  public static final PrivateKey STRANGER_KEY = SigningKeys.privateKey(SigningKeys.generate().privateKey(), "stranger");

  private TestApprovals() {}

  /** A video's files as production left them, and their checksums as review approved them. */
  public record Media(String videoId, String workspaceId, Path video, Path thumbnail, String sha256,
      String thumbnailSha256) {
    public static Media write(String workspaceId, int videoBytes) throws Exception {
      String videoId = UUID.randomUUID().toString();
      Path folder = Files.createDirectories(MEDIA.resolve(videoId));
      Path video = Files.write(folder.resolve(videoId + ".mp4"), randomBytes(videoBytes));
      Path thumbnail = Files.write(folder.resolve("thumbnail.png"), randomBytes(4 * 1024));
      return new Media(videoId, workspaceId, video, thumbnail, Sha256.hexOf(video), Sha256.hexOf(thumbnail));
    }
  }

  public static Identity person(String name) {
    return new Identity(ISSUER, name + "-subject", name);
  }

  /** What alice (Gate 1) and bob (Gate 2) approved for the media, unsigned yet: change it, then sign it. */
  public static PublicationStatement.Builder statement(Media media) {
    Instant gate2 = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return PublicationStatement.newBuilder()
        .setVideoId(media.videoId()).setWorkspaceId(media.workspaceId()).setScriptRevision(2).setGeneration(1)
        .setScriptApprovedBy(person("alice")).setScriptApprovedAt(gate2.minus(2, ChronoUnit.HOURS))
        .setVideoApprovedBy(person("bob")).setVideoApprovedAt(gate2)
        .setTitle("Why octopuses have three hearts").setDescription("A short explainer")
        .setTags(List.of("octopus", "biology"))
        .setPrivacyStatus("private").setPublishAt(null).setMadeForKids(false).setContainsSyntheticMedia(true)
        .setVideoSha256(media.sha256()).setThumbnailSha256(media.thumbnailSha256())
        .setIssuedAt(gate2);
  }

  /** The genuine Gate 2 statement of the media. */
  public static SignedStatement signed(Media media) {
    return signed(statement(media));
  }

  /** Signed as review-service signs it, with the key the service under test trusts. */
  public static SignedStatement signed(PublicationStatement.Builder statement) {
    return SignedStatements.sign(statement.build(), KEY_ID, KEY);
  }

  public static SignedStatement signedWith(SpecificRecord statement, String keyId, PrivateKey key) {
    return SignedStatements.sign(statement, keyId, key);
  }

  /** carol's retry of the statement, authorising the attempt; unsigned yet. */
  public static PublishRetryAuthorisation.Builder retry(Media media, SignedStatement statement, int attempt) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return PublishRetryAuthorisation.newBuilder()
        .setVideoId(media.videoId()).setWorkspaceId(media.workspaceId()).setPublishAttempt(attempt)
        .setRetriedBy(person("carol")).setRetriedAt(now).setStatementSha256(SignedStatements.sha256(statement))
        .setIssuedAt(now);
  }

  public static VideoApproved approved(Media media, SignedStatement statement) {
    return approved(media, statement, null);
  }

  /** The approval of a genuine retry of the statement, for the attempt. */
  public static VideoApproved retried(Media media, SignedStatement statement, int attempt) {
    return approved(media, statement, signedWith(retry(media, statement, attempt).build(), KEY_ID, KEY));
  }

  public static VideoApproved approved(Media media, SignedStatement statement, SignedStatement retry) {
    return VideoApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(media.videoId()).setWorkspaceId(media.workspaceId())
        .setVideoLocation(media.video().toString()).setThumbnailLocation(media.thumbnail().toString())
        .setStatement(statement).setRetry(retry)
        .build();
  }

  public static byte[] randomBytes(int size) {
    var bytes = new byte[size];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
