package io.ytautopilot.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The measuring part of benchmarks/run, on the running dev stack: the baselines first (pgbench, the
 * Kafka perf tools), then a warm-up, B2 (which drafts the videos B1 and B3 approve), B1 and B3, and the
 * footprint after the load. The warm-up drafts and approves videos unmeasured, because a service
 * started a minute earlier spends much of its CPU compiling (C2 took ~30 % of review-service's CPU
 * in a run without it) and B2 and B1 would measure its warm-up instead of the service. Every video of
 * the run lives in a workspace of its own, removed at the end unless --keep-data=true.
 */
final class Measurement {
  record Result(String runId, String startedAt, Machine machine, CpuMeter.Usage idlePerSecond,
      Pgbench.Result pgbench, KafkaPerf.Result kafka,
      EventHop.Result eventHop, List<GateDecisions.Level> gateDecisions, Warmup warmup,
      ApprovalLatency.Result approvalLatency, Footprint footprintAfterLoad, List<String> notes) {}

  /** The warm-up's rounds: each drafts and approves approvalsPerRound videos; their approvals per second. */
  record Warmup(int approvalsPerRound, int concurrency, double enoughGain, int seconds, List<Double> decisionsPerSecond) {}

  static final int WARMUP_CONCURRENCY = 8;
  /** The warm-up ends at the first round (after the second) that is not this much faster than the best before it. */
  static final double WARMUP_ENOUGH_GAIN = 1.05;
  private static final int IDLE_SECONDS = 5;

  private final Settings settings;
  private final ObjectMapper json;

  Measurement(Settings settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  /** A run's name: the prefix and the UTC time it started, to the second (also names its workspaces and topics). */
  static String runId(String prefix, Instant startedAt) {
    return prefix + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt);
  }

  Result run() throws Exception {
    Instant startedAt = Instant.now();
    String runId = runId("bench-", startedAt);
    String workspace = runId;
    List<String> notes = new ArrayList<>();
    StackProcesses.requirePid(settings, "review-service");
    var cpu = new CpuMeter(settings, List.of("review-service"));
    var api = new ReviewApi(settings, json);
    api.signIn("ops");

    try (var review = new ReviewDatabase(settings); var drafts = new DraftProducer(settings)) {
      var machine = Machine.describe(settings, review.serverVersion());
      Progress.step("The idle stack's CPU use, %d s", IDLE_SECONDS);
      var idleWindow = cpu.start();
      Thread.sleep(IDLE_SECONDS * 1000L);
      var idle = cpu.stop(idleWindow, IDLE_SECONDS);
      Progress.step("Baseline: pgbench on the same PostgreSQL");
      var pgbench = Pgbench.run(settings);
      Progress.step("Baseline: Kafka perf tools on the same broker");
      var kafka = KafkaPerf.run(settings, runId, DraftProducer.serializedSize(settings));

      var warmup = warmUp(workspace + "-warmup", api, review, drafts, cpu);

      int videosNeeded = settings.videosNeeded();
      Progress.step("B2: %d ScriptDrafted at full speed into workspace %s", videosNeeded, workspace);
      var eventHop = EventHop.run(videosNeeded, workspace, drafts, review, cpu);

      List<UUID> pending = api.pendingReview(workspace);
      if (pending.size() != videosNeeded) {
        throw new IllegalStateException("review lists " + pending.size() + " videos of " + workspace
            + " in " + ReviewApi.PENDING + ", expected " + videosNeeded);
      }
      var videos = new VideoPool(pending);

      Progress.step("B1: Gate 1 approvals over HTTP, closed loop");
      List<GateDecisions.Level> levels = new ArrayList<>();
      for (int i = 0; i < settings.concurrencyLevels().size(); i++) {
        levels.add(GateDecisions.run(api, videos.take(settings.approvalsPerLevel().get(i)),
            settings.concurrencyLevels().get(i), cpu));
      }

      int rate = settings.latencyRatePerSecond();
      Progress.step("B3: approve -> ScriptApproved at a plain consumer, %d/s for %d s", rate, settings.latencySeconds());
      var latency = ApprovalLatency.run(settings, api, videos.take(rate * settings.latencySeconds()), rate, cpu);

      long approved = review.videos(workspace, "READY_FOR_GENERATION");
      long expected = levels.stream().mapToLong(GateDecisions.Level::committed).sum()
          + latency.committed();
      if (approved != expected) {
        notes.add("review-service holds " + approved + " approved videos of the run, but " + expected + " approvals were answered 200");
      }
      var footprint = Footprint.measure(settings);
      cleanUp(settings, review, workspace + "%", notes); // with the warm-up's workspace
      return new Result(runId, startedAt.toString(), machine, idle, pgbench, kafka, eventHop, levels,
          warmup, latency, footprint, notes);
    }
  }

  /**
   * Rounds of drafts and their approvals, unmeasured, until the approvals stop getting faster: the
   * JIT compilers of review-service (and of this load generator) are done with the paths B2 and B1
   * time. A single round of 1,500 left review-service spending 4-14 ms of CPU per decision in B1,
   * against 2.2-2.7 ms when warm, and single runs moved by 20 % either way. The rounds are bounded by
   * time, so that the whole run stays under 10 minutes (five rounds took two minutes here, each still
   * faster than the one before).
   */
  private Warmup warmUp(String warmupWorkspace, ReviewApi api, ReviewDatabase review, DraftProducer drafts,
      CpuMeter cpu) throws Exception {
    Progress.step("Warm-up, not measured: rounds of %d ScriptDrafted into workspaces %s-<round> and their Gate 1"
        + " approvals at concurrency %d, until the approvals stop getting faster (no round starts after %d s)",
        settings.warmupApprovals(), warmupWorkspace, WARMUP_CONCURRENCY, settings.warmupSeconds());
    List<Double> rates = new ArrayList<>();
    double best = 0;
    long deadline = System.nanoTime() + settings.warmupSeconds() * 1_000_000_000L;
    for (int round = 1; round == 1 || System.nanoTime() < deadline; round++) {
      // a workspace per round: EventHop waits until its workspace holds the round's videos
      String roundWorkspace = warmupWorkspace + "-" + round;
      EventHop.run(settings.warmupApprovals(), roundWorkspace, drafts, review, cpu);
      double rate = GateDecisions.run(api, api.pendingReview(roundWorkspace), WARMUP_CONCURRENCY, cpu)
          .decisionsPerSecond();
      rates.add(rate);
      if (round >= 2 && rate < best * WARMUP_ENOUGH_GAIN) {
        break;
      }
      best = Math.max(best, rate);
    }
    return new Warmup(settings.warmupApprovals(), WARMUP_CONCURRENCY, WARMUP_ENOUGH_GAIN, settings.warmupSeconds(), rates);
  }

  /**
   * Removes the videos of the matching workspaces from review-service's database once the outbox relay
   * has published their events (an unpublished one would be lost with its row), unless --keep-data=true.
   */
  static void cleanUp(Settings settings, ReviewDatabase review, String workspacePattern, List<String> notes)
      throws Exception {
    if (settings.keepData()) {
      notes.add("the run's videos were kept in review-service (workspaces " + workspacePattern + ")");
      return;
    }
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (review.unpublishedEvents(workspacePattern) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    long unpublished = review.unpublishedEvents(workspacePattern);
    if (unpublished > 0) {
      notes.add(unpublished + " events of the run were still in review-service's outbox 30 s after the last decision;"
          + " the run's videos were kept (workspaces " + workspacePattern + ")");
      return;
    }
    long deleted = review.deleteVideos(workspacePattern);
    Progress.detail("removed the run's %d videos (workspaces %s) from review-service's database", deleted, workspacePattern);
  }

  /** Hands out each pending video once: every approval needs a video of its own. */
  private static final class VideoPool {
    private final List<UUID> videos;
    private int next;

    VideoPool(List<UUID> videos) {
      this.videos = videos;
    }

    List<UUID> take(int count) {
      var taken = videos.subList(next, next + count);
      next += count;
      return taken;
    }
  }
}
