package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.production.domain.ProgressReport.Stage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressReportTests {

  @Test
  void aQueuedGenerationIsAtZeroPercent() {
    var queued = ProgressReport.queued(10, "waiting for the off-peak window of runway");

    assertThat(queued.stage()).isEqualTo(Stage.QUEUED);
    assertThat(queued.percent()).isZero();
    assertThat(queued.scenesTotal()).isEqualTo(10);
    assertThat(queued.etaSeconds()).isEmpty();
  }

  @Test
  void scenesCountProportionallyForNinetyPercent() {
    assertThat(scenes(0, 0, 10).percent()).isZero();
    assertThat(scenes(1, 0, 10).percent()).isEqualTo(9);
    assertThat(scenes(5, 0, 10).percent()).isEqualTo(45);
    assertThat(scenes(10, 0, 10).percent()).isEqualTo(90);
    assertThat(scenes(1, 0, 3).percent()).isEqualTo(30);
    // 1 of 7 is 12.86 %: rounded down, never ahead of the work
    assertThat(scenes(1, 0, 7).percent()).isEqualTo(12);
  }

  @Test
  void aFailedSceneIsDoneWithAsMuchAsARenderedOne() {
    assertThat(scenes(3, 2, 10).percent()).isEqualTo(45);
    assertThat(scenes(8, 2, 10).percent()).isEqualTo(90);
  }

  @Test
  void assemblingIsAtNinetyPercent() {
    var assembling = new ProgressReport(Stage.ASSEMBLING, 10, 0, 10, Optional.empty(), "joining the scenes");

    assertThat(assembling.percent()).isEqualTo(90);
  }

  private static ProgressReport scenes(int done, int failed, int total) {
    return new ProgressReport(Stage.SCENES, done, failed, total, Optional.of(30), "scene " + done + " of " + total);
  }
}
