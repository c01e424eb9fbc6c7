package io.ytautopilot.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTests {
  private static final Instant GATE1 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant GATE2 = GATE1.plusSeconds(3600);
  private static final UUID VIDEO = UUID.randomUUID();
  private static final SignatureCheck VALID_SIGNATURE = provenance -> Optional.empty();

  @TempDir Path dir;
  private Path videoFile;
  private Path thumbnailFile;
  private String videoSha256;

  @BeforeEach
  void writeFiles() throws Exception {
    videoFile = Files.writeString(dir.resolve("v.mp4"), "the approved video");
    thumbnailFile = Files.writeString(dir.resolve("t.png"), "thumb");
    videoSha256 = Sha256.hexOf(videoFile);
  }

  @Test
  void aSignedProvenanceOfBothGatesMatchingTheFileMayBePublished() {
    var approved = provenance(new Approval("alice", GATE1), new Approval("bob", GATE2));
    assertThat(video(approved).verificationProblem(VALID_SIGNATURE)).isEmpty();
    assertThat(video(approved).fileProblem()).isEmpty();
  }

  @Test
  void theChecksumIsTheFilesSha256InHex() throws Exception {
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    assertThat(Sha256.hexOf(empty)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void withoutProvenanceNothingIsPublishedAndNoSignatureIsChecked() {
    List<Provenance> checked = new ArrayList<>();
    var reason = video(null).verificationProblem(provenance -> {
      checked.add(provenance);
      return Optional.empty();
    });
    assertThat(reason).contains("no provenance record");
    assertThat(checked).isEmpty();
  }

  @Test
  void anUntrustedSignatureIsRefusedWithTheCheckersReason() {
    var valid = provenance(new Approval("alice", GATE1), new Approval("bob", GATE2));
    assertThat(video(valid).verificationProblem(provenance -> Optional.of("unknown signing key 'old'")))
        .contains("unknown signing key 'old'");
  }

  @Test
  void everyMissingApprovalIsNamed() {
    var reason = video(provenance(new Approval(" ", GATE1), new Approval(null, null))).verificationProblem(VALID_SIGNATURE);
    assertThat(reason).hasValueSatisfying(text -> assertThat(text)
        .contains("Gate 1 (script) approval names no reviewer")
        .contains("Gate 2 (video) approval names no reviewer")
        .contains("Gate 2 (video) approval has no time")
        .doesNotContain("Gate 1 (script) approval has no time"));
    assertThat(video(provenance(null, new Approval("bob", GATE2))).verificationProblem(VALID_SIGNATURE))
        .hasValueSatisfying(text -> assertThat(text).contains("Gate 1 (script) approval names no reviewer"));
  }

  @Test
  void gate2MustComeAfterGate1() {
    var reversed = provenance(new Approval("alice", GATE2), new Approval("bob", GATE1));
    assertThat(video(reversed).verificationProblem(VALID_SIGNATURE))
        .contains("Gate 2 was approved at " + GATE1 + ", not after Gate 1 at " + GATE2);
    var simultaneous = provenance(new Approval("alice", GATE1), new Approval("bob", GATE1));
    assertThat(video(simultaneous).verificationProblem(VALID_SIGNATURE))
        .contains("Gate 2 was approved at " + GATE1 + ", not after Gate 1 at " + GATE1);
  }

  @Test
  void aProvenanceSignedForAnotherVideoOrWorkspaceIsRefused() {
    var other = new Provenance(UUID.randomUUID().toString(), "elsewhere", 1, new Approval("alice", GATE1),
        videoSha256, new Approval("bob", GATE2), "dev", "sig");
    assertThat(video(other).verificationProblem(VALID_SIGNATURE)).hasValueSatisfying(text -> assertThat(text)
        .contains("the provenance is for video " + other.videoId() + ", not " + VIDEO)
        .contains("the provenance is for workspace elsewhere, not demo"));
  }

  @Test
  void aVideoFileOtherThanTheApprovedOneIsRefused() throws Exception {
    var approved = provenance(new Approval("alice", GATE1), new Approval("bob", GATE2));
    Files.writeString(videoFile, "a different cut");

    assertThat(video(approved).fileProblem())
        .contains("the video file " + videoFile + " has SHA-256 " + Sha256.hexOf(videoFile) + ", not the approved "
            + videoSha256);
  }

  @Test
  void missingFilesAreRefused() throws Exception {
    var approved = provenance(new Approval("alice", GATE1), new Approval("bob", GATE2));
    Files.delete(videoFile);
    Files.delete(thumbnailFile);

    assertThat(video(approved).fileProblem()).hasValueSatisfying(text -> assertThat(text)
        .contains("the video file " + videoFile + " does not exist")
        .contains("the thumbnail file " + thumbnailFile + " does not exist")
        .doesNotContain("SHA-256"));
  }

  private Provenance provenance(Approval gate1, Approval gate2) {
    return new Provenance(VIDEO.toString(), "demo", 2, gate1, videoSha256, gate2, "dev", "signature");
  }

  private ApprovedVideo video(Provenance provenance) {
    return new ApprovedVideo(VIDEO, "demo", 1, "Title", "Description", List.of("tag"),
        new PublishSettings(null, "private", false, true), provenance, videoFile, thumbnailFile);
  }
}
