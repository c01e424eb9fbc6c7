package io.ytautopilot.editorial.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VideoPackageTests {
  private static final List<String> TAGS = List.of("a", "b", "c", "d", "e");
  private static final List<VideoPackage.Scene> SCENES = List.of(scene(1, 5), scene(2, 5), scene(3, 5));

  @Test
  void aPackageWithinTheLimitsIsAccepted() {
    assertThatCode(() -> videoPackage("x".repeat(100), TAGS, SCENES)).doesNotThrowAnyException();
  }

  @Test
  void aPackageOutsideTheLimitsIsRefusedWithTheReason() {
    assertThatThrownBy(() -> videoPackage("x".repeat(101), TAGS, SCENES)).hasMessageContaining("at most 100");
    assertThatThrownBy(() -> videoPackage("title", TAGS.subList(0, 4), SCENES)).hasMessageContaining("5 to 10");
    assertThatThrownBy(() -> videoPackage("title", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
        SCENES)).hasMessageContaining("5 to 10");
    assertThatThrownBy(() -> videoPackage("title", TAGS, SCENES.subList(0, 2))).hasMessageContaining("at least 3");
    assertThatThrownBy(() -> videoPackage("title", TAGS, List.of(scene(1, 5), scene(3, 5), scene(4, 5))))
        .hasMessageContaining("numbered 1, 2, 3");
    assertThatThrownBy(() -> scene(1, 3)).hasMessageContaining("4 to 8 s");
    assertThatThrownBy(() -> scene(1, 9)).hasMessageContaining("4 to 8 s");
    assertThatThrownBy(() -> videoPackage(" ", TAGS, SCENES)).hasMessageContaining("title is missing");
  }

  private static VideoPackage videoPackage(String title, List<String> tags, List<VideoPackage.Scene> scenes) {
    return new VideoPackage("topic", title, "A description. Two sentences.", tags, "hook", "subscribe", scenes);
  }

  private static VideoPackage.Scene scene(int index, int seconds) {
    return new VideoPackage.Scene(index, "Narration.", "a visual", "text", seconds);
  }
}
