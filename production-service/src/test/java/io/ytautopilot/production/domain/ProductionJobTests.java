package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductionJobTests {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(8);
  private static final Instant T2 = T0.plusSeconds(60);
  private static final UUID VIDEO = UUID.fromString("6f1c2d8e-0b7a-4a43-9d7e-2b1f0c9e5a10");
  private static final Set<Integer> ALL_INTACT = Set.of(1, 2, 3);

  @Test
  void aFirstApprovalRendersEveryScene() {
    var started = ProductionJob.start(order(1, scenes("a", "b", "c")), T0);

    var render = (Admission.Render) started.admission();
    assertThat(render.generation()).isEqualTo(1);
    assertThat(render.announce()).isTrue();
    assertThat(render.toRender()).extracting(SceneScript::index).containsExactly(1, 2, 3);
    assertThat(render.reused()).isEmpty();
    var job = started.job();
    assertThat(job.state()).isEqualTo(JobState.RENDERING);
    assertThat(job.generation()).isEqualTo(1);
    assertThat(job.attempts()).isEqualTo(1);
    assertThat(job.startedAt()).contains(T0);
  }

  @Test
  void aScriptThatCannotBeRenderedFailsAtOnceNamingItsSilentScenes() {
    var scenes = List.of(scene(1, "a"), scene(2, " "), scene(3, "c"));

    var started = ProductionJob.start(order(1, scenes), T0);

    var refuse = (Admission.Refuse) started.admission();
    assertThat(refuse.generation()).isEqualTo(1);
    assertThat(refuse.failure().reason()).contains("scene 2 has no narration");
    assertThat(refuse.failure().failedScenes()).containsExactly(new SceneError(2, "scene 2 has no narration"));
    assertThat(started.job().state()).isEqualTo(JobState.FAILED);
    assertThat(started.job().lastError()).contains(refuse.failure().reason());
    assertThat(started.job().attempts()).isZero();
  }

  @Test
  void finishingRecordsTheOutputAndItsClips() {
    var job = ProductionJob.start(order(1, scenes("a")), T0).job();

    assertThat(job.finish(1, output(clip(1, 1)), T1)).isTrue();

    assertThat(job.state()).isEqualTo(JobState.DONE);
    assertThat(job.output()).contains(output(clip(1, 1)));
    assertThat(job.clips()).containsExactly(clip(1, 1));
    assertThat(job.finishedAt()).contains(T1);
  }

  @Test
  void theSameGenerationAgainIsADuplicateOnceHandled() {
    var done = finished(scenes("a", "b"));
    var failed = failed(scenes("a", "b"), List.of());

    assertThat(done.approve(order(1, scenes("a", "b")), ALL_INTACT, T2)).isInstanceOf(Admission.Ignore.class);
    assertThat(failed.approve(order(1, scenes("a", "b")), ALL_INTACT, T2)).isInstanceOf(Admission.Ignore.class);
    assertThat(done.state()).isEqualTo(JobState.DONE);
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(done.attempts()).isEqualTo(1);
  }

  @Test
  void aRenderInterruptedByACrashIsResumedWithoutAnnouncingTheGenerationAgain() {
    var job = ProductionJob.start(order(1, scenes("a", "b")), T0).job();

    var render = (Admission.Render) job.approve(order(1, scenes("a", "b")), Set.of(), T1);

    assertThat(render.announce()).isFalse();
    assertThat(render.generation()).isEqualTo(1);
    assertThat(render.toRender()).extracting(SceneScript::index).containsExactly(1, 2);
    assertThat(job.attempts()).isEqualTo(2);
    assertThat(job.startedAt()).contains(T1);
  }

  @Test
  void aRetryAfterAFailureRendersOnlyTheScenesThatFailed() {
    var job = failed(scenes("a", "b", "c"), List.of(clip(1, 1), clip(3, 1)));

    var render = (Admission.Render) job.approve(order(2, scenes("a", "b", "c")), ALL_INTACT, T2);

    assertThat(render.generation()).isEqualTo(2);
    assertThat(render.announce()).isTrue();
    assertThat(render.toRender()).extracting(SceneScript::index).containsExactly(2);
    assertThat(render.reused()).containsExactly(clip(1, 1), clip(3, 1));
    assertThat(job.state()).isEqualTo(JobState.RENDERING);
    assertThat(job.generation()).isEqualTo(2);
    assertThat(job.attempts()).isEqualTo(2);
    assertThat(job.lastError()).isEmpty();
  }

  @Test
  void aClipIsNotReusedWhenItsSceneChangedOrItsFilesAreGone() {
    var job = failed(scenes("a", "b", "c"), List.of(clip(1, 1), clip(2, 1), clip(3, 1)));

    var render = (Admission.Render) job.approve(order(2, scenes("a", "B!", "c")), Set.of(1, 2), T2);

    // scene 2 was rewritten, scene 3's clip is no longer intact
    assertThat(render.toRender()).extracting(SceneScript::index).containsExactly(2, 3);
    assertThat(render.reused()).containsExactly(clip(1, 1));
    assertThat(render.script().scenes()).extracting(SceneScript::narration).containsExactly("a", "B!", "c");
  }

  @Test
  void aSceneWithAnotherPlannedDurationIsAnotherScene() {
    var job = finished(scenes("a", "b"));
    var longer = List.of(scene(1, "a"), new SceneScript(2, "b", "Text 2", "prompt 2", 9));

    var render = (Admission.Render) job.approve(order(2, longer), ALL_INTACT, T2);

    assertThat(render.toRender()).extracting(SceneScript::index).containsExactly(2);
  }

  @Test
  void eachGenerationPaidForTheScenesItRenderedItselfOnly() {
    var job = failed(scenes("a", "b", "c"), List.of(clip(1, 1), clip(3, 1)));
    assertThat(job.scenesRenderedIn(1)).extracting(SceneScript::index).containsExactly(1, 3);

    job.approve(order(2, scenes("a", "b", "c")), ALL_INTACT, T2);
    job.finish(2, output(clip(1, 1), clip(2, 2), clip(3, 1)), T2);
    job.regenerate(regeneration(3, 3), ALL_INTACT, T2);
    job.finish(3, output(clip(1, 1), clip(2, 2), clip(3, 3)), T2);

    assertThat(job.scenesRenderedIn(2)).extracting(SceneScript::index).containsExactly(2);
    assertThat(job.scenesRenderedIn(3)).extracting(SceneScript::index).containsExactly(3);
    assertThat(job.scenesRenderedIn(1)).extracting(SceneScript::index).containsExactly(1);
  }

  @Test
  void aJobKeepsTheRevisionOfTheScriptItWasApproved() {
    var job = ProductionJob.start(new ProductionOrder(VIDEO, "demo", 3, 1, "Octopus facts", scenes("a")), T0).job();

    assertThat(job.revision()).isEqualTo(3);
    assertThat(ProductionJob.cancelledBeforeApproval(VIDEO, "demo", new Cancellation("carol", "dup", T0)).revision())
        .isZero();
  }

  @Test
  void aNewerGenerationOfAProducedVideoIsMadeFromItsIntactClips() {
    var job = finished(scenes("a", "b"));

    var render = (Admission.Render) job.approve(order(2, scenes("a", "b")), Set.of(1, 2), T2);

    assertThat(render.toRender()).isEmpty();
    assertThat(render.reused()).extracting(RenderedClip::index).containsExactly(1, 2);
    assertThat(job.output()).isEmpty();
  }

  @Test
  void anOlderGenerationIsStale() {
    var job = failed(scenes("a"), List.of());
    job.approve(order(3, scenes("a")), Set.of(), T1);

    var admission = job.approve(order(2, scenes("a")), Set.of(), T2);

    assertThat(admission).isInstanceOfSatisfying(Admission.Ignore.class,
        ignore -> assertThat(ignore.why()).contains("generation 2 is stale").contains("generation 3"));
    assertThat(job.generation()).isEqualTo(3);
    assertThat(job.attempts()).isEqualTo(2);
  }

  @Test
  void regeneratingNamedScenesRendersThemAndReusesTheOthers() {
    var job = finished(scenes("a", "b", "c"));

    var render = (Admission.Render) job.regenerate(regeneration(2, 2), ALL_INTACT, T2);

    assertThat(render.generation()).isEqualTo(2);
    assertThat(render.announce()).isTrue();
    assertThat(render.toRender()).extracting(SceneScript::index).containsExactly(2);
    assertThat(render.reused()).extracting(RenderedClip::index).containsExactly(1, 3);
    assertThat(render.script().title()).isEqualTo("Octopus facts");
    assertThat(job.state()).isEqualTo(JobState.RENDERING);
    assertThat(job.output()).isEmpty();
  }

  @Test
  void regeneratingAnUnknownSceneFailsTheGenerationAndKeepsTheClips() {
    var job = finished(scenes("a", "b", "c"));

    var admission = job.regenerate(regeneration(2, 2, 7), ALL_INTACT, T2);

    assertThat(admission).isInstanceOfSatisfying(Admission.Refuse.class, refuse -> {
      assertThat(refuse.generation()).isEqualTo(2);
      assertThat(refuse.failure().reason()).contains("has no scene [7]").contains("its scenes are [1, 2, 3]");
      assertThat(refuse.failure().failedScenes()).containsExactly(new SceneError(7, "no such scene"));
    });
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.generation()).isEqualTo(2);
    assertThat(job.clips()).extracting(RenderedClip::index).containsExactly(1, 2, 3);
    // the reviewer's retry (the next generation of the same script) reuses every clip
    var retry = (Admission.Render) job.approve(order(3, scenes("a", "b", "c")), ALL_INTACT, T2);
    assertThat(retry.toRender()).isEmpty();
  }

  @Test
  void onlyAProducedVideoHasScenesRenderedAgain() {
    var job = failed(scenes("a", "b"), List.of(clip(1, 1)));

    var admission = job.regenerate(regeneration(2, 1), ALL_INTACT, T2);

    assertThat(admission).isInstanceOfSatisfying(Admission.Refuse.class, refuse -> assertThat(
        refuse.failure().reason()).contains("no finished production").contains("generation 1 is FAILED"));
    assertThat(ProductionJob.regenerationWithoutJob(regeneration(2, 1)).failure().reason())
        .contains("no finished production");
  }

  @Test
  void aStaleRegenerationChangesNothing() {
    var job = finished(scenes("a", "b"));

    assertThat(job.regenerate(regeneration(1, 1), ALL_INTACT, T2)).isInstanceOf(Admission.Ignore.class);
    assertThat(job.state()).isEqualTo(JobState.DONE);
    assertThat(job.output()).isPresent();
  }

  @Test
  void aCancelledVideoIsNeverRenderedAgain() {
    var job = failed(scenes("a"), List.of());
    job.cancel(new Cancellation("carol", "off-brand", T1));

    assertThat(job.approve(order(2, scenes("a")), ALL_INTACT, T2)).isInstanceOfSatisfying(Admission.Ignore.class,
        ignore -> assertThat(ignore.why()).contains("cancelled by carol (off-brand)"));
    assertThat(job.regenerate(regeneration(3, 1), ALL_INTACT, T2)).isInstanceOf(Admission.Ignore.class);
    assertThat(job.state()).isEqualTo(JobState.CANCELLED);
    assertThat(job.generation()).isEqualTo(1);
  }

  @Test
  void aVideoCancelledBeforeItsApprovalArrivedRefusesIt() {
    var marker = ProductionJob.cancelledBeforeApproval(VIDEO, "demo", new Cancellation("carol", "duplicate", T0));

    assertThat(marker.approve(order(1, scenes("a")), Set.of(), T1)).isInstanceOf(Admission.Ignore.class);
    assertThat(marker.state()).isEqualTo(JobState.CANCELLED);
    assertThat(marker.startedAt()).isEmpty();
    assertThat(marker.attempts()).isZero();
  }

  @Test
  void aRenderThatEndsAfterTheJobMovedOnIsNotItsOutcome() {
    var cancelled = ProductionJob.start(order(1, scenes("a")), T0).job();
    cancelled.cancel(new Cancellation("carol", "changed my mind", T1));
    var superseded = failed(scenes("a"), List.of());
    superseded.approve(order(2, scenes("a")), Set.of(), T1);

    assertThat(cancelled.finish(1, output(clip(1, 1)), T2)).isFalse();
    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(cancelled.output()).isEmpty();
    assertThat(superseded.fail(1, GenerationFailure.of("late"), List.of(), T2)).isFalse();
    assertThat(superseded.state()).isEqualTo(JobState.RENDERING);
  }

  @Test
  void aFailureNamesEachFailedScene() {
    var failure = GenerationFailure.ofScenes(List.of(new SceneError(2, "espeak-ng exited with code 1")), 3);

    assertThat(failure.reason()).isEqualTo("1 of 3 scenes failed: scene 2: espeak-ng exited with code 1");
    assertThat(failure.failedScenes()).extracting(SceneError::index).containsExactly(2);
  }

  @Test
  void anOrderWithoutScenesIsRefusedOnlyWhenItIsRendered() {
    var order = order(1, List.of());
    assertThat(order.problems()).hasValueSatisfying(failure ->
        assertThat(failure.reason()).contains("at least one scene"));
  }

  /** Generation 1 of {@code scenes}, rendered: every scene has its clip. */
  private static ProductionJob finished(List<SceneScript> scenes) {
    var job = ProductionJob.start(order(1, scenes), T0).job();
    job.finish(1, output(scenes.stream().map(scene -> clip(scene.index(), 1)).toArray(RenderedClip[]::new)), T1);
    return job;
  }

  /** Generation 1 of {@code scenes}, failed after rendering {@code rendered}. */
  private static ProductionJob failed(List<SceneScript> scenes, List<RenderedClip> rendered) {
    var job = ProductionJob.start(order(1, scenes), T0).job();
    job.fail(1, GenerationFailure.of("Rendering step 'narration' failed for scene 2"), rendered, T1);
    return job;
  }

  private static ProductionOrder order(int generation, List<SceneScript> scenes) {
    return new ProductionOrder(VIDEO, "demo", 1, generation, "Octopus facts", scenes);
  }

  private static RegenerationOrder regeneration(int generation, Integer... scenes) {
    return new RegenerationOrder(VIDEO, "demo", generation, List.of(scenes));
  }

  /** Scenes 1, 2, ... with these narrations. */
  private static List<SceneScript> scenes(String... narrations) {
    return IntStream.range(0, narrations.length)
        .mapToObj(i -> scene(i + 1, narrations[i]))
        .toList();
  }

  private static SceneScript scene(int index, String narration) {
    return new SceneScript(index, narration, "Text " + index, "prompt " + index, 4);
  }

  private static RenderedClip clip(int index, int generation) {
    return new RenderedClip(index, generation, Path.of("/media/v/scene-" + index + ".mp4"), 3.0, 1000);
  }

  private static RenderedVideo output(RenderedClip... clips) {
    return new RenderedVideo(Path.of("/media/v/v.mp4"), 9.5, 4000, "ab".repeat(32), Path.of("/media/v/voice-over.wav"),
        Path.of("/media/v/thumbnail.png"), List.of(clips));
  }
}
