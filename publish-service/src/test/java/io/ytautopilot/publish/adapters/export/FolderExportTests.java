package io.ytautopilot.publish.adapters.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.publish.domain.Approval;
import io.ytautopilot.publish.domain.ApprovalClaim;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.Identity;
import io.ytautopilot.publish.domain.PublishSettings;
import io.ytautopilot.publish.domain.Signed;
import io.ytautopilot.publish.domain.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderExportTests {
  private static final Instant GATE1 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant PUBLISH_AT = Instant.parse("2026-11-27T17:30:00Z");

  @TempDir Path dir;

  @Test
  void exportingTwiceLeavesOneCompleteCopy() throws Exception {
    var export = new FolderExport(dir.resolve("export"), new ObjectMapper());
    var video = video("demo", new PublishSettings(PUBLISH_AT, "unlisted", true, true));

    String first = export.publish(video).location();
    String second = export.publish(video).location();

    Path folder = dir.resolve("export/demo/" + video.videoId());
    assertThat(first).isEqualTo(second).isEqualTo(folder.toString());
    try (var files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("v.mp4", "t.png", "metadata.json");
    }
    var metadata = new ObjectMapper().readTree(folder.resolve("metadata.json").toFile());
    assertThat(metadata.at("/video").asText()).isEqualTo("v.mp4");
    assertThat(metadata.at("/publishAt").asText()).isEqualTo("2026-11-27T17:30:00Z");
    assertThat(metadata.at("/privacyStatus").asText()).isEqualTo("unlisted");
    assertThat(metadata.at("/madeForKids").asBoolean()).isTrue();
    assertThat(metadata.at("/containsSyntheticMedia").asBoolean()).isTrue();
    assertThat(metadata.at("/approvals/scriptRevision").asInt()).isEqualTo(3);
    assertThat(metadata.at("/approvals/generation").asInt()).isEqualTo(2);
    assertThat(metadata.at("/approvals/scriptApproval/by").asText()).isEqualTo("alice");
    assertThat(metadata.at("/approvals/scriptApproval/issuer").asText()).isEqualTo("https://issuer");
    assertThat(metadata.at("/approvals/scriptApproval/subject").asText()).isEqualTo("alice-id");
    assertThat(metadata.at("/approvals/scriptApproval/at").asText()).isEqualTo(GATE1.toString());
    assertThat(metadata.at("/approvals/videoApproval/by").asText()).isEqualTo("bob");
    assertThat(metadata.at("/approvals/videoSha256").asText()).isEqualTo("ab".repeat(32));
    assertThat(metadata.at("/approvals/thumbnailSha256").asText()).isEqualTo("cd".repeat(32));
    // the signed statement itself, for whoever takes the export to verify with review's public key
    assertThat(metadata.at("/approvals/keyId").asText()).isEqualTo("dev");
    assertThat(Base64.getDecoder().decode(metadata.at("/approvals/statement").asText())).containsExactly(1, 2, 3);
    assertThat(Base64.getDecoder().decode(metadata.at("/approvals/signature").asText())).containsExactly(4, 5);
  }

  @Test
  void anUnscheduledVideoHasANullPublishTime() throws Exception {
    var export = new FolderExport(dir.resolve("export"), new ObjectMapper());
    var video = video("demo", new PublishSettings(null, "private", false, false));

    var metadata = new ObjectMapper().readTree(Path.of(export.publish(video).location()).resolve("metadata.json").toFile());

    assertThat(metadata.get("publishAt").isNull()).isTrue();
    assertThat(metadata.at("/containsSyntheticMedia").asBoolean()).isFalse();
  }

  @Test
  void aWorkspaceIdThatLeavesTheExportFolderIsRefused() throws Exception {
    var export = new FolderExport(dir.resolve("export"), new ObjectMapper());
    for (String workspace : List.of("..", "../elsewhere", "a/b", ".")) {
      assertThatThrownBy(() -> export.publish(video(workspace, new PublishSettings(null, "private", false, true))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a plain folder name");
    }
    assertThat(dir.resolve("export")).doesNotExist();
  }

  private ApprovedVideo video(String workspace, PublishSettings settings) throws Exception {
    Path video = dir.resolve("v.mp4");
    Path thumbnail = dir.resolve("t.png");
    Files.write(video, new byte[] {0, 1, 2});
    Files.write(thumbnail, new byte[] {3, 4});
    var videoId = UUID.randomUUID();
    var statement = new Statement(videoId.toString(), workspace, 3, 2,
        new Approval(new Identity("https://issuer", "alice-id", "alice"), GATE1),
        new Approval(new Identity("https://issuer", "bob-id", "bob"), GATE1.plusSeconds(60)), "Title", "Description",
        List.of("tag"), settings, "ab".repeat(32), "cd".repeat(32), false, "dev", GATE1.plusSeconds(61));
    var claim = new ApprovalClaim(videoId, workspace, new Signed("dev", new byte[] {1, 2, 3}, new byte[] {4, 5}), null,
        video, thumbnail);
    return new ApprovedVideo(claim, statement, null);
  }
}
