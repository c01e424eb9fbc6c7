package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductionJobTests {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(8);
  private static final Instant T2 = T0.plusSeconds(60);
  private static final Instant T3 = T0.plusSeconds(120);
  private static final UUID VIDEO = UUID.fromString("6f1c2d8e-0b7a-4a43-9d7e-2b1f0c9e5a10");
  private static final Set<Integer> ALL_INTACT = Set.of(1, 2, 3);
  private static final Set<Integer> NONE_INTACT = Set.of();

  // admission and the queue

  @Test
  void aFirstApprovalQueuesEverySceneWithoutStartingIt() {
    var started = ProductionJob.start(order(1, scenes("a", "b", "c")), T0);

    assertThat(started.admission()).isEqualTo(new Admission.Queued(1, 3));
    var job = started.job();
    assertThat(job.state()).isEqualTo(JobState.QUEUED);
    assertThat(job.generation()).isEqualTo(1);
    assertThat(job.attempts()).isZero();
    assertThat(job.startedAt()).isEmpty();
    assertThat(job.finishedAt()).isEmpty();
    assertThat(job.clips()).isEmpty();
  }

  @Test
  void claimingAQueuedJobStartsRenderingEveryScene() {
    var job = queued(scenes("a", "b", "c"));

    assertThat(job.claim(T1)).isTrue();

    assertThat(job.state()).isEqualTo(JobState.RENDERING);
    assertThat(job.attempts()).isEqualTo(1);
    assertThat(job.startedAt()).contains(T1);
    var plan = job.plan(NONE_INTACT);
    assertThat(plan.generation()).isEqualTo(1);
    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(1, 2, 3);
    assertThat(plan.reused()).isEmpty();
    assertThat(plan.scenesTotal()).isEqualTo(3);
    assertThat(plan.script().title()).isEqualTo("Octopus facts");
    assertThat(plan.script().videoId()).isEqualTo(VIDEO.toString());
  }

  @Test
  void aJobThatIsNeitherQueuedNorRenderingCannotBeClaimed() {
    var done = finished(scenes("a"));
    var failed = failed(scenes("a"), List.of());
    var cancelled = queued(scenes("a"));
    cancelled.cancel(cancellation(T1));

    assertThat(done.claim(T3)).isFalse();
    assertThat(failed.claim(T3)).isFalse();
    assertThat(cancelled.claim(T3)).isFalse();
    assertThat(done.state()).isEqualTo(JobState.DONE);
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(cancelled.attempts()).isZero();
  }

  @Test
  void aScriptThatCannotBeRenderedFailsAtOnceNamingItsSilentScenes() {
    var scenes = List.of(scene(1, "a"), scene(2, " "), scene(3, "c"));

    var started = ProductionJob.start(order(1, scenes), T0);

    var refuse = (Admission.Refuse) started.admission();
    assertThat(refuse.generation()).isEqualTo(1);
    assertThat(refuse.failure().reason()).contains("scene 2 has no narration");
    assertThat(refuse.failure().failedScenes()).containsExactly(new SceneError(2, "scene 2 has no narration"));
    var job = started.job();
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.lastError()).contains(refuse.failure().reason());
    assertThat(job.finishedAt()).contains(T0);
    assertThat(job.attempts()).isZero();
    assertThat(job.claim(T1)).isFalse();
  }

  @Test
  void aQueuedGenerationCanFailBeforeItStartsForInstanceOverBudget() {
    var job = queued(scenes("a", "b"));

    assertThat(job.fail(1, GenerationFailure.of("over budget: generating it is estimated at $3.00"), T1)).isTrue();

    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.lastError()).contains("over budget: generating it is estimated at $3.00");
    assertThat(job.finishedAt()).contains(T1);
    assertThat(job.startedAt()).isEmpty();
    assertThat(job.attempts()).isZero();
    assertThat(job.claim(T2)).isFalse();
    // the reviewer's retry is queued again, without the old error
    assertThat(job.approve(order(2, scenes("a", "b")), T2)).isEqualTo(new Admission.Queued(2, 2));
    assertThat(job.lastError()).isEmpty();
    assertThat(job.finishedAt()).isEmpty();
  }

  // checkpoints and resume

  @Test
  void eachRenderedSceneIsACheckpointOfItsGeneration() {
    var job = rendering(scenes("a", "b", "c"));

    assertThat(job.recordClip(1, clip(2, 1))).isTrue();
    assertThat(job.recordClip(1, clip(1, 1))).isTrue();

    assertThat(job.clips()).containsExactly(clip(1, 1), clip(2, 1));
    assertThat(job.state()).isEqualTo(JobState.RENDERING);
  }

  @Test
  void aCrashMidRenderIsResumedByClaimingTheJobAgainAndRendersOnlyTheScenesNotCheckpointed() {
    var job = rendering(scenes("a", "b", "c"));
    job.recordClip(1, clip(1, 1));
    job.recordClip(1, clip(2, 1));

    // after a restart the queue finds the job still RENDERING (its lease expired) and takes it again
    assertThat(job.claim(T2)).isTrue();

    assertThat(job.state()).isEqualTo(JobState.RENDERING);
    assertThat(job.generation()).isEqualTo(1);
    // resuming is the same attempt of the same generation
    assertThat(job.attempts()).isEqualTo(1);
    assertThat(job.startedAt()).contains(T1);
    var plan = job.plan(Set.of(1, 2));
    assertThat(plan.generation()).isEqualTo(1);
    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(3);
    assertThat(plan.reused()).containsExactly(clip(1, 1), clip(2, 1));
  }

  @Test
  void aCheckpointWhoseFilesAreGoneIsRenderedAgainOnResume() {
    var job = rendering(scenes("a", "b", "c"));
    job.recordClip(1, clip(1, 1));
    job.recordClip(1, clip(2, 1));
    job.claim(T2);

    var plan = job.plan(Set.of(1));

    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(2, 3);
    assertThat(plan.reused()).containsExactly(clip(1, 1));
  }

  @Test
  void aJobRestoredFromItsRecordResumesAfterItsCheckpoints() {
    var stored = ProductionJob.restore(VIDEO, "demo", JobState.RENDERING, 1, 1, 1, null, T1, null,
        "Octopus facts", scenes("a", "b", "c"), List.of(clip(1, 1)), Map.of(), null, null);

    assertThat(stored.claim(T2)).isTrue();

    var plan = stored.plan(ALL_INTACT);
    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(2, 3);
    assertThat(plan.reused()).containsExactly(clip(1, 1));
  }

  @Test
  void aCheckpointOfAnotherGenerationOrOfAJobNotRenderingIsRefused() {
    var job = rendering(scenes("a", "b"));
    var waiting = queued(scenes("a", "b"));

    assertThat(job.recordClip(2, clip(1, 2))).isFalse();
    assertThat(job.recordClip(0, clip(1, 0))).isFalse();
    assertThat(waiting.recordClip(1, clip(1, 1))).isFalse();

    assertThat(job.clips()).isEmpty();
    assertThat(waiting.clips()).isEmpty();
  }

  // outcomes

  @Test
  void finishingRecordsTheOutputAndItsClips() {
    var job = rendering(scenes("a", "b"));

    assertThat(job.finish(1, output(clip(1, 1), clip(2, 1)), Map.of(), T2)).isTrue();

    assertThat(job.state()).isEqualTo(JobState.DONE);
    assertThat(job.output()).contains(output(clip(1, 1), clip(2, 1)));
    assertThat(job.clips()).containsExactly(clip(1, 1), clip(2, 1));
    assertThat(job.placeholders()).isEmpty();
    assertThat(job.finishedAt()).contains(T2);
    assertThat(job.startedAt()).contains(T1);
  }

  @Test
  void placeholdersAreListedForTheReviewerButNeverReused() {
    var job = rendering(scenes("a", "b", "c"));
    job.recordClip(1, clip(1, 1));
    job.recordClip(1, clip(3, 1));

    job.finish(1, output(clip(1, 1), placeholder(2, 1), clip(3, 1)), Map.of(2, "every scene-video provider failed"),
        T2);

    assertThat(job.state()).isEqualTo(JobState.DONE);
    assertThat(job.placeholders()).containsExactly(Map.entry(2, "every scene-video provider failed"));
    assertThat(job.output().orElseThrow().clips()).extracting(RenderedClip::index).containsExactly(1, 2, 3);
    assertThat(job.clips()).containsExactly(clip(1, 1), clip(3, 1));

    // the next generation renders the placeholder's scene, even though its file is intact
    assertThat(job.approve(order(2, scenes("a", "b", "c")), T3)).isEqualTo(new Admission.Queued(2, 1));
    assertThat(job.placeholders()).isEmpty();
    job.claim(T3);
    var plan = job.plan(ALL_INTACT);
    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(2);
    assertThat(plan.reused()).containsExactly(clip(1, 1), clip(3, 1));
  }

  @Test
  void aFailedRenderKeepsItsCheckpointsAndTheRetryRendersOnlyTheScenesThatFailed() {
    var job = failed(scenes("a", "b", "c"), List.of(clip(1, 1), clip(3, 1)));
    assertThat(job.lastError()).isPresent();

    assertThat(job.approve(order(2, scenes("a", "b", "c")), T3)).isEqualTo(new Admission.Queued(2, 1));

    assertThat(job.state()).isEqualTo(JobState.QUEUED);
    assertThat(job.generation()).isEqualTo(2);
    assertThat(job.lastError()).isEmpty();
    assertThat(job.startedAt()).isEmpty();
    job.claim(T3);
    assertThat(job.attempts()).isEqualTo(2);
    var plan = job.plan(ALL_INTACT);
    assertThat(plan.generation()).isEqualTo(2);
    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(2);
    assertThat(plan.reused()).containsExactly(clip(1, 1), clip(3, 1));
  }

  @Test
  void aClipIsNotReusedWhenItsSceneChangedOrItsFilesAreGone() {
    var job = failed(scenes("a", "b", "c"), List.of(clip(1, 1), clip(2, 1), clip(3, 1)));

    assertThat(job.approve(order(2, scenes("a", "B!", "c")), T3)).isEqualTo(new Admission.Queued(2, 1));
    job.claim(T3);
    var plan = job.plan(Set.of(1, 2));

    // scene 2 was rewritten, scene 3's clip is no longer intact
    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(2, 3);
    assertThat(plan.reused()).containsExactly(clip(1, 1));
    assertThat(plan.script().scenes()).extracting(SceneScript::narration).containsExactly("a", "B!", "c");
  }

  @Test
  void aSceneWithAnotherPlannedDurationIsAnotherScene() {
    var job = finished(scenes("a", "b"));
    var longer = List.of(scene(1, "a"), new SceneScript(2, "b", "Text 2", "prompt 2", 9));

    job.approve(order(2, longer), T3);
    job.claim(T3);

    assertThat(job.plan(ALL_INTACT).toRender()).extracting(SceneScript::index).containsExactly(2);
  }

  @Test
  void aNewerGenerationOfAProducedVideoIsMadeFromItsIntactClips() {
    var job = finished(scenes("a", "b"));

    assertThat(job.approve(order(2, scenes("a", "b")), T3)).isEqualTo(new Admission.Queued(2, 0));
    assertThat(job.output()).isEmpty();
    job.claim(T3);

    var plan = job.plan(Set.of(1, 2));
    assertThat(plan.toRender()).isEmpty();
    assertThat(plan.reused()).extracting(RenderedClip::index).containsExactly(1, 2);
  }

  @Test
  void aJobKeepsTheRevisionOfTheScriptItWasApproved() {
    var job = ProductionJob.start(new ProductionOrder(VIDEO, "demo", 3, 1, "Octopus facts", scenes("a")), T0).job();

    assertThat(job.revision()).isEqualTo(3);
    assertThat(ProductionJob.cancelledBeforeApproval(VIDEO, "demo", cancellation(T0)).revision()).isZero();
  }

  // stale and duplicate generations

  @Test
  void theSameGenerationAgainIsADuplicateWhateverTheJobIsDoing() {
    var waiting = queued(scenes("a", "b"));
    var running = rendering(scenes("a", "b"));
    var done = finished(scenes("a", "b"));
    var failed = failed(scenes("a", "b"), List.of());

    assertThat(waiting.approve(order(1, scenes("a", "b")), T3)).isInstanceOfSatisfying(Admission.Ignore.class,
        ignore -> assertThat(ignore.why()).contains("generation 1 was already admitted").contains("QUEUED"));
    assertThat(running.approve(order(1, scenes("a", "b")), T3)).isInstanceOf(Admission.Ignore.class);
    assertThat(done.approve(order(1, scenes("a", "b")), T3)).isInstanceOf(Admission.Ignore.class);
    assertThat(failed.approve(order(1, scenes("a", "b")), T3)).isInstanceOf(Admission.Ignore.class);
    assertThat(waiting.state()).isEqualTo(JobState.QUEUED);
    assertThat(running.state()).isEqualTo(JobState.RENDERING);
    assertThat(done.state()).isEqualTo(JobState.DONE);
    assertThat(done.output()).isPresent();
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(running.attempts()).isEqualTo(1);
  }

  @Test
  void anOlderGenerationIsStale() {
    var job = failed(scenes("a"), List.of());
    job.approve(order(3, scenes("a")), T2);

    var admission = job.approve(order(2, scenes("a")), T3);

    assertThat(admission).isInstanceOfSatisfying(Admission.Ignore.class,
        ignore -> assertThat(ignore.why()).contains("generation 2 is stale").contains("generation 3"));
    assertThat(job.generation()).isEqualTo(3);
    assertThat(job.state()).isEqualTo(JobState.QUEUED);
  }

  // regeneration of named scenes

  @Test
  void regeneratingNamedScenesRendersThemAndReusesTheOthers() {
    var job = finished(scenes("a", "b", "c"));

    assertThat(job.regenerate(regeneration(2, 2), T3)).isEqualTo(new Admission.Queued(2, 1));

    assertThat(job.state()).isEqualTo(JobState.QUEUED);
    assertThat(job.output()).isEmpty();
    job.claim(T3);
    var plan = job.plan(ALL_INTACT);
    assertThat(plan.generation()).isEqualTo(2);
    assertThat(plan.toRender()).extracting(SceneScript::index).containsExactly(2);
    assertThat(plan.reused()).extracting(RenderedClip::index).containsExactly(1, 3);
    assertThat(plan.script().title()).isEqualTo("Octopus facts");
  }

  @Test
  void regeneratingNamedScenesAlsoRendersTheScenesThatWerePlaceholders() {
    var job = rendering(scenes("a", "b", "c"));
    job.finish(1, output(clip(1, 1), placeholder(2, 1), clip(3, 1)), Map.of(2, "timeout"), T2);

    assertThat(job.regenerate(regeneration(2, 3), T3)).isEqualTo(new Admission.Queued(2, 2));
    job.claim(T3);

    assertThat(job.plan(ALL_INTACT).toRender()).extracting(SceneScript::index).containsExactly(2, 3);
  }

  @Test
  void regeneratingAnUnknownSceneFailsTheGenerationAndKeepsTheClips() {
    var job = finished(scenes("a", "b", "c"));

    var admission = job.regenerate(regeneration(2, 2, 7), T3);

    assertThat(admission).isInstanceOfSatisfying(Admission.Refuse.class, refuse -> {
      assertThat(refuse.generation()).isEqualTo(2);
      assertThat(refuse.failure().reason()).contains("has no scene [7]").contains("its scenes are [1, 2, 3]");
      assertThat(refuse.failure().failedScenes()).containsExactly(new SceneError(7, "no such scene"));
    });
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.generation()).isEqualTo(2);
    assertThat(job.clips()).extracting(RenderedClip::index).containsExactly(1, 2, 3);
    // the reviewer's retry (the next generation of the same script) reuses every clip
    assertThat(job.approve(order(3, scenes("a", "b", "c")), T3)).isEqualTo(new Admission.Queued(3, 0));
  }

  @Test
  void onlyAProducedVideoHasScenesRenderedAgain() {
    var failed = failed(scenes("a", "b"), List.of(clip(1, 1)));
    var waiting = queued(scenes("a", "b"));

    assertThat(failed.regenerate(regeneration(2, 1), T3)).isInstanceOfSatisfying(Admission.Refuse.class,
        refuse -> assertThat(refuse.failure().reason()).contains("no finished production")
            .contains("generation 1 is FAILED"));
    assertThat(waiting.regenerate(regeneration(2, 1), T3)).isInstanceOfSatisfying(Admission.Refuse.class,
        refuse -> assertThat(refuse.failure().reason()).contains("generation 1 is QUEUED"));
    assertThat(ProductionJob.regenerationWithoutJob(regeneration(2, 1)).failure().reason())
        .contains("video " + VIDEO).contains("no finished production");
  }

  @Test
  void aRegenerationNamingNoSceneIsRefused() {
    var job = finished(scenes("a", "b"));

    assertThat(job.regenerate(regeneration(2), T3)).isInstanceOfSatisfying(Admission.Refuse.class,
        refuse -> assertThat(refuse.failure().reason()).contains("names no scene"));
    assertThat(job.clips()).extracting(RenderedClip::index).containsExactly(1, 2);
  }

  @Test
  void aStaleRegenerationChangesNothing() {
    var job = finished(scenes("a", "b"));

    assertThat(job.regenerate(regeneration(1, 1), T3)).isInstanceOf(Admission.Ignore.class);
    assertThat(job.state()).isEqualTo(JobState.DONE);
    assertThat(job.output()).isPresent();
    assertThat(job.clips()).extracting(RenderedClip::index).containsExactly(1, 2);
  }

  // cancellation

  @Test
  void aCancelledVideoIsNeverRenderedAgain() {
    var job = failed(scenes("a"), List.of());
    job.cancel(new Cancellation("carol", "off-brand", T2));

    assertThat(job.approve(order(2, scenes("a")), T3)).isInstanceOfSatisfying(Admission.Ignore.class,
        ignore -> assertThat(ignore.why()).contains("cancelled by carol (off-brand)"));
    assertThat(job.regenerate(regeneration(3, 1), T3)).isInstanceOf(Admission.Ignore.class);
    assertThat(job.claim(T3)).isFalse();
    assertThat(job.state()).isEqualTo(JobState.CANCELLED);
    assertThat(job.generation()).isEqualTo(1);
    assertThat(job.finishedAt()).contains(T2);
  }

  @Test
  void aRenderingVideoCancelledStopsAtItsNextCheckpoint() {
    var job = rendering(scenes("a", "b"));
    job.recordClip(1, clip(1, 1));

    job.cancel(cancellation(T2));

    assertThat(job.recordClip(1, clip(2, 1))).isFalse();
    assertThat(job.clips()).containsExactly(clip(1, 1));
    assertThat(job.claim(T3)).isFalse();
    assertThat(job.cancellation()).contains(cancellation(T2));
  }

  @Test
  void aSecondCancellationKeepsTheFirst() {
    var job = queued(scenes("a"));

    job.cancel(cancellation(T1));
    job.cancel(new Cancellation("dave", "again", T2));

    assertThat(job.cancellation()).contains(cancellation(T1));
    assertThat(job.finishedAt()).contains(T1);
  }

  @Test
  void aVideoCancelledBeforeItsApprovalArrivedRefusesIt() {
    var marker = ProductionJob.cancelledBeforeApproval(VIDEO, "demo", cancellation(T0));

    assertThat(marker.approve(order(1, scenes("a")), T1)).isInstanceOf(Admission.Ignore.class);
    assertThat(marker.claim(T1)).isFalse();
    assertThat(marker.state()).isEqualTo(JobState.CANCELLED);
    assertThat(marker.generation()).isZero();
    assertThat(marker.startedAt()).isEmpty();
    assertThat(marker.attempts()).isZero();
    assertThat(marker.scenes()).isEmpty();
  }

  @Test
  void aRenderThatEndsAfterTheJobMovedOnIsNotItsOutcome() {
    var cancelled = rendering(scenes("a"));
    cancelled.cancel(cancellation(T2));
    var superseded = failed(scenes("a"), List.of());
    superseded.approve(order(2, scenes("a")), T2);

    assertThat(cancelled.finish(1, output(clip(1, 1)), Map.of(), T3)).isFalse();
    assertThat(cancelled.fail(1, GenerationFailure.of("late"), T3)).isFalse();
    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(cancelled.output()).isEmpty();
    assertThat(cancelled.lastError()).isEmpty();
    assertThat(superseded.fail(1, GenerationFailure.of("late"), T3)).isFalse();
    assertThat(superseded.finish(1, output(clip(1, 1)), Map.of(), T3)).isFalse();
    assertThat(superseded.recordClip(1, clip(1, 1))).isFalse();
    assertThat(superseded.state()).isEqualTo(JobState.QUEUED);
    assertThat(superseded.output()).isEmpty();
  }

  @Test
  void aGenerationEndsOnce() {
    var done = finished(scenes("a"));
    var failed = failed(scenes("a"), List.of());

    assertThat(done.fail(1, GenerationFailure.of("late"), T3)).isFalse();
    assertThat(failed.finish(1, output(clip(1, 1)), Map.of(), T3)).isFalse();
    assertThat(done.state()).isEqualTo(JobState.DONE);
    assertThat(done.lastError()).isEmpty();
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.output()).isEmpty();
  }

  // the records around the job

  @Test
  void aFailureNamesEachFailedScene() {
    var failure = GenerationFailure.ofScenes(List.of(new SceneError(2, "espeak-ng exited with code 1"),
        new SceneError(5, "timeout after 30 s")), 10);

    assertThat(failure.reason())
        .isEqualTo("2 of 10 scenes failed: scene 2: espeak-ng exited with code 1; scene 5: timeout after 30 s");
    assertThat(failure.failedScenes()).extracting(SceneError::index).containsExactly(2, 5);
  }

  @Test
  void anOrderWithoutScenesIsRefusedOnlyWhenItIsRendered() {
    var order = order(1, List.of());

    assertThat(order.problems()).hasValueSatisfying(failure ->
        assertThat(failure.reason()).contains("at least one scene"));
  }

  /** Generation 1 of {@code scenes}, approved and waiting in the queue. */
  private static ProductionJob queued(List<SceneScript> scenes) {
    return ProductionJob.start(order(1, scenes), T0).job();
  }

  /** Generation 1 of {@code scenes}, claimed by the queue at T1. */
  private static ProductionJob rendering(List<SceneScript> scenes) {
    var job = queued(scenes);
    job.claim(T1);
    return job;
  }

  /** Generation 1 of {@code scenes}, rendered: every scene has its clip. */
  private static ProductionJob finished(List<SceneScript> scenes) {
    var job = rendering(scenes);
    var clips = scenes.stream().map(scene -> clip(scene.index(), 1)).toList();
    clips.forEach(clip -> job.recordClip(1, clip));
    job.finish(1, output(clips.toArray(RenderedClip[]::new)), Map.of(), T2);
    return job;
  }

  /** Generation 1 of {@code scenes}, failed after checkpointing {@code rendered}. */
  private static ProductionJob failed(List<SceneScript> scenes, List<RenderedClip> rendered) {
    var job = rendering(scenes);
    rendered.forEach(clip -> job.recordClip(1, clip));
    job.fail(1, GenerationFailure.of("only 1 of 3 scenes were generated, 3 needed"), T2);
    return job;
  }

  private static ProductionOrder order(int generation, List<SceneScript> scenes) {
    return new ProductionOrder(VIDEO, "demo", 1, generation, "Octopus facts", scenes);
  }

  private static RegenerationOrder regeneration(int generation, Integer... scenes) {
    return new RegenerationOrder(VIDEO, "demo", generation, List.of(scenes));
  }

  private static Cancellation cancellation(Instant at) {
    return new Cancellation("carol", "duplicate", at);
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

  private static RenderedClip placeholder(int index, int generation) {
    return new RenderedClip(index, generation, Path.of("/media/v/placeholder-" + index + ".mp4"), 4.0, 300);
  }

  private static RenderedVideo output(RenderedClip... clips) {
    return new RenderedVideo(Path.of("/media/v/v.mp4"), 9.5, 4000, "ab".repeat(32), Path.of("/media/v/voice-over.wav"),
        Path.of("/media/v/thumbnail.png"), "cd".repeat(32), List.of(clips));
  }
}
