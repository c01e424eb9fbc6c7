package io.ytautopilot.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTests {
  private static final Instant GATE1 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant GATE2 = GATE1.plusSeconds(3600);

  @TempDir Path dir;

  @Test
  void aVideoApprovedAtBothGatesWithItsFilesMayBePublished() throws Exception {
    assertThat(video(new Approval("alice", GATE1), new Approval("bob", GATE2), files()).refusalReason()).isEmpty();
  }

  @Test
  void everyMissingApprovalIsNamed() throws Exception {
    var reason = video(new Approval(" ", GATE1), new Approval(null, null), files()).refusalReason();
    assertThat(reason).hasValueSatisfying(text -> assertThat(text)
        .contains("Gate 1 (script) approval names no reviewer")
        .contains("Gate 2 (video) approval names no reviewer")
        .contains("Gate 2 (video) approval has no time")
        .doesNotContain("Gate 1 (script) approval has no time"));
    assertThat(video(null, new Approval("bob", GATE2), files()).refusalReason())
        .hasValueSatisfying(text -> assertThat(text).contains("Gate 1 (script) approval names no reviewer"));
  }

  @Test
  void gate2BeforeGate1IsRefused() throws Exception {
    assertThat(video(new Approval("alice", GATE2), new Approval("bob", GATE1), files()).refusalReason())
        .hasValueSatisfying(text -> assertThat(text).startsWith("Gate 2 was approved at " + GATE1 + ", before Gate 1"));
  }

  @Test
  void missingFilesAreRefused() {
    Path video = dir.resolve("gone.mp4");
    var reason = video(new Approval("alice", GATE1), new Approval("bob", GATE2), List.of(video, dir)).refusalReason();
    assertThat(reason).hasValueSatisfying(text -> assertThat(text)
        .contains("the video file " + video + " does not exist")
        .contains("the thumbnail file " + dir + " does not exist"));
  }

  private List<Path> files() throws Exception {
    return List.of(Files.writeString(dir.resolve("v.mp4"), "video"), Files.writeString(dir.resolve("t.png"), "thumb"));
  }

  private static ApprovedVideo video(Approval gate1, Approval gate2, List<Path> files) {
    return new ApprovedVideo(UUID.randomUUID(), "demo", "Title", "Description", List.of("tag"), gate1, gate2,
        files.get(0), files.get(1));
  }
}
