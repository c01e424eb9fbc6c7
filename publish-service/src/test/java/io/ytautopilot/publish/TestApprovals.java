package io.ytautopilot.publish;

import io.ytautopilot.events.Provenance;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.provenance.ProvenanceSignature;
import io.ytautopilot.publish.domain.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Approvals as review-service sends them, signed with the %test provenance key, and the files they approve. */
public final class TestApprovals {
  private static final Config CONFIG = ConfigProvider.getConfig();
  private static final Path MEDIA = Path.of("target/test-media").toAbsolutePath();
  public static final String KEY_ID = CONFIG.getValue("yt.provenance.key-id", String.class);
  public static final byte[] KEY = Base64.getDecoder().decode(CONFIG.getValue("yt.provenance.key", String.class));

  private TestApprovals() {}

  /** A video's files as production left them, and the checksum review approved. */
  public record Media(String videoId, String workspaceId, Path video, Path thumbnail, String sha256) {
    public static Media write(String workspaceId, int videoBytes) throws Exception {
      String videoId = UUID.randomUUID().toString();
      Path folder = Files.createDirectories(MEDIA.resolve(videoId));
      Path video = Files.write(folder.resolve(videoId + ".mp4"), randomBytes(videoBytes));
      Path thumbnail = Files.write(folder.resolve("thumbnail.png"), randomBytes(4 * 1024));
      return new Media(videoId, workspaceId, video, thumbnail, Sha256.hexOf(video));
    }
  }

  public static Provenance unsigned(Media media, String gate1Reviewer, String gate2Reviewer) {
    Instant gate2 = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return Provenance.newBuilder()
        .setVideoId(media.videoId()).setWorkspaceId(media.workspaceId()).setScriptRevision(2)
        .setScriptApprovedBy(gate1Reviewer).setScriptApprovedAt(gate2.minus(2, ChronoUnit.HOURS))
        .setVideoSha256(media.sha256())
        .setVideoApprovedBy(gate2Reviewer).setVideoApprovedAt(gate2)
        .setKeyId("").setSignature("")
        .build();
  }

  /** Signed as review-service signs it, with the key the service under test trusts. */
  public static Provenance signed(Media media, String gate1Reviewer, String gate2Reviewer) {
    return ProvenanceSignature.sign(unsigned(media, gate1Reviewer, gate2Reviewer), KEY_ID, KEY);
  }

  public static VideoApproved approved(Media media, Provenance provenance) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return VideoApproved.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(now)
        .setVideoId(media.videoId()).setWorkspaceId(media.workspaceId())
        .setScriptApprovedBy("alice").setScriptApprovedAt(now.minus(2, ChronoUnit.HOURS))
        .setVideoApprovedBy("bob").setVideoApprovedAt(now)
        .setTitle("Why octopuses have three hearts").setDescription("A short explainer")
        .setTags(List.of("octopus", "biology"))
        .setVideoLocation(media.video().toString()).setThumbnailLocation(media.thumbnail().toString())
        .setProvenance(provenance)
        .build();
  }

  public static byte[] randomBytes(int size) {
    var bytes = new byte[size];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
