package io.ytautopilot.publish.adapters.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.publish.domain.Approval;
import io.ytautopilot.publish.domain.ApprovedVideo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderExportTests {
  private static final Instant GATE1 = Instant.parse("2026-11-25T10:00:00Z");

  @TempDir Path dir;

  @Test
  void exportingTwiceLeavesOneCompleteCopy() throws Exception {
    var export = new FolderExport(dir.resolve("export"), new ObjectMapper());
    var video = video("demo");

    String first = export.publish(video);
    String second = export.publish(video);

    Path folder = dir.resolve("export/demo/" + video.videoId());
    assertThat(first).isEqualTo(second).isEqualTo(folder.toString());
    try (var files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("v.mp4", "t.png", "metadata.json");
    }
    var metadata = new ObjectMapper().readTree(folder.resolve("metadata.json").toFile());
    assertThat(metadata.at("/scriptApproval/at").asText()).isEqualTo(GATE1.toString());
    assertThat(metadata.at("/video").asText()).isEqualTo("v.mp4");
  }

  @Test
  void aWorkspaceIdThatLeavesTheExportFolderIsRefused() throws Exception {
    var export = new FolderExport(dir.resolve("export"), new ObjectMapper());
    for (String workspace : List.of("..", "../elsewhere", "a/b", ".")) {
      assertThatThrownBy(() -> export.publish(video(workspace))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a plain folder name");
    }
    assertThat(dir.resolve("export")).doesNotExist();
  }

  private ApprovedVideo video(String workspace) throws Exception {
    Path video = dir.resolve("v.mp4");
    Path thumbnail = dir.resolve("t.png");
    Files.write(video, new byte[] {0, 1, 2});
    Files.write(thumbnail, new byte[] {3, 4});
    return new ApprovedVideo(UUID.randomUUID(), workspace, "Title", "Description", List.of("tag"),
        new Approval("alice", GATE1), new Approval("bob", GATE1.plusSeconds(60)), video, thumbnail);
  }
}
