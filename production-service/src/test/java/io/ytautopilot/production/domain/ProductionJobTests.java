package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductionJobTests {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(8);
  private static final RenderedVideo OUTPUT = new RenderedVideo(Path.of("/media/v/v.mp4"), 9.5, 4000,
      Path.of("/media/v/voice-over.wav"), Path.of("/media/v/thumbnail.png"),
      List.of(new RenderedClip(1, Path.of("/media/v/scene-1.mp4"), 9.5, 3900)));

  @Test
  void aJobStartsRenderingAndFinishesWithItsOutput() {
    var job = ProductionJob.start(UUID.randomUUID(), "demo", T0);
    assertThat(job.state()).isEqualTo(JobState.RENDERING);
    assertThat(job.attempts()).isEqualTo(1);

    job.finish(OUTPUT, T1);

    assertThat(job.isDone()).isTrue();
    assertThat(job.output()).contains(OUTPUT);
    assertThat(job.finishedAt()).contains(T1);
  }

  @Test
  void aFailedJobKeepsTheErrorUntilItIsRestarted() {
    var job = ProductionJob.start(UUID.randomUUID(), "demo", T0);
    job.fail("Rendering step 'narration' failed for scene 1", T1);
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.lastError()).contains("Rendering step 'narration' failed for scene 1");

    job.restart(T1.plusSeconds(60));

    assertThat(job.state()).isEqualTo(JobState.RENDERING);
    assertThat(job.attempts()).isEqualTo(2);
    assertThat(job.lastError()).isEmpty();
    assertThat(job.finishedAt()).isEmpty();
  }

  @Test
  void aRenderThatNeverFinishedCanBeRestarted() {
    var job = ProductionJob.start(UUID.randomUUID(), "demo", T0);
    job.restart(T1);
    assertThat(job.attempts()).isEqualTo(2);
    assertThat(job.startedAt()).isEqualTo(T1);
  }

  @Test
  void aProducedVideoIsNeverRenderedOrChangedAgain() {
    var job = ProductionJob.start(UUID.randomUUID(), "demo", T0);
    job.finish(OUTPUT, T1);

    assertThatThrownBy(() -> job.restart(T1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already produced");
    assertThatThrownBy(() -> job.fail("late", T1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it is DONE");
    assertThatThrownBy(() -> job.finish(OUTPUT, T1)).isInstanceOf(IllegalStateException.class);
    assertThat(job.attempts()).isEqualTo(1);
  }

  @Test
  void onlyARenderingJobCanFinish() {
    var job = ProductionJob.start(UUID.randomUUID(), "demo", T0);
    job.fail("boom", T1);
    assertThatThrownBy(() -> job.finish(OUTPUT, T1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it is FAILED");
  }

  @Test
  void anOrderWithoutScenesIsRefusedOnlyWhenItIsRendered() {
    var order = new ProductionOrder(UUID.randomUUID(), "demo", "A title", List.of());
    assertThatThrownBy(order::renderRequest).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one scene");
  }
}
