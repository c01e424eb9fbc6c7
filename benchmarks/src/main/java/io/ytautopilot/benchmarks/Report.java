package io.ytautopilot.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of a run: every figure with the baseline it is compared to, the ratio and the target of
 * issue #9; then where the CPU time of each operation went. The same rows go to the JSON file.
 */
final class Report {
  static final String B4 = "B4 whole pipeline with instant providers";
  static final String B4_TARGET = "M = 10 and 100: time per video";
  static final long SERVICE_RSS_TARGET_MB = 250;

  record Row(String benchmark, String figure, String baseline, String ratio, String target) {}

  record CpuRow(String benchmark, Map<String, Double> cpuMsPerOperation, double machineBusyPercent) {}

  /** pipeline and the skipped records are null where their step did not run or failed. */
  record Document(Measurement.Result run, Footprint footprintAtStart, WholePipeline.Result pipeline,
      DownstreamOffsets.Skipped productionSkipped, DownstreamOffsets.Skipped publishSkipped,
      boolean productionRunningAgain, List<Row> table, List<CpuRow> cpuPerOperation, List<String> notes) {}

  private Report() {}

  static Document build(Measurement.Result run, Footprint atStart, WholePipeline.Result pipeline,
      DownstreamOffsets.Skipped productionSkipped, DownstreamOffsets.Skipped publishSkipped,
      boolean productionRunningAgain) {
    var pgbench = run.pgbench();
    var kafka = run.kafka();
    String pgbenchTps = "pgbench " + count(pgbench.tps()) + " tps";
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(String.format(Locale.ROOT, "baseline: pgbench -N, %d clients, %d s, scale %d", pgbench.clients(),
        pgbench.seconds(), pgbench.scale()),
        count(pgbench.tps()) + " tps, latency avg " + millis(pgbench.latencyAverageMs()), "", "", ""));
    rows.add(new Row(String.format(Locale.ROOT, "baseline: Kafka producer, acks=all, %d B records", kafka.recordSize()),
        count(kafka.producerRecordsPerSecond()) + " records/s (" + decimal(kafka.producerMbPerSecond()) + " MB/s)", "", "", ""));
    rows.add(new Row("baseline: Kafka consumer", count(kafka.consumerRecordsPerSecond()) + " records/s ("
        + decimal(kafka.consumerMbPerSecond()) + " MB/s)", "", "", ""));
    rows.add(new Row("baseline: Kafka end-to-end, one record at a time, acks=all",
        "p50 " + millis(kafka.endToEndP50Ms()) + ", p99 " + millis(kafka.endToEndP99Ms()), "", "", ""));

    for (var level : run.gateDecisions()) {
      String refused = level.refused().isEmpty() ? "" : ", refused " + level.refused();
      rows.add(new Row("B1 Gate 1 approvals over HTTP, concurrency " + level.concurrency(),
          count(level.decisionsPerSecond()) + " decisions/s; p50 " + millis(level.latency().p50Ms()) + ", p99 "
              + millis(level.latency().p99Ms()) + " (" + level.committed() + "/" + level.requests() + " committed" + refused + ")",
          pgbenchTps, ratio(level.decisionsPerSecond() / pgbench.tps()), "≥ 0.5 × pgbench"));
    }

    var hop = run.eventHop();
    double hopRate = hop.sustainedPerSecond() != null ? hop.sustainedPerSecond() : hop.overallPerSecond();
    rows.add(new Row("B2 ScriptDrafted → review-service video",
        count(hopRate) + " events/s sustained (all " + count(hop.events()) + " in " + decimal(hop.drainSeconds())
            + " s; produced in " + decimal(hop.produceSeconds()) + " s)",
        pgbenchTps + "; Kafka producer " + count(kafka.producerRecordsPerSecond()) + " records/s",
        ratio(hopRate / pgbench.tps()) + "; " + ratio(hopRate / kafka.producerRecordsPerSecond()), "≥ 0.3 × pgbench"));

    var latency = run.approvalLatency();
    rows.add(new Row(String.format(Locale.ROOT, "B3 approve → ScriptApproved at a consumer, %d/s for %d s",
        latency.ratePerSecond(), latency.seconds()),
        "p50 " + millis(latency.endToEnd().p50Ms()) + ", p99 " + millis(latency.endToEnd().p99Ms()) + " ("
            + latency.delivered() + "/" + latency.committed() + " delivered); HTTP answer p50 "
            + millis(latency.commit().p50Ms()) + ", p99 " + millis(latency.commit().p99Ms())
            + "; relay's record timestamp p50 " + millis(latency.toBroker().p50Ms()) + ", p99 " + millis(latency.toBroker().p99Ms()),
        "Kafka end-to-end p50 " + millis(kafka.endToEndP50Ms()) + ", p99 " + millis(kafka.endToEndP99Ms()),
        latency.endToEnd().p99Ms() == null ? "–" : "p99 × " + decimal(latency.endToEnd().p99Ms() / Math.max(1, kafka.endToEndP99Ms())),
        "p99 < 50 ms"));

    rows.addAll(pipelineRows(pipeline));

    Map<String, Footprint.Entry> afterLoad = run.footprintAfterLoad().processes().stream()
        .collect(Collectors.toMap(Footprint.Entry::process, entry -> entry));
    for (var start : atStart.processes()) {
      var after = afterLoad.get(start.process());
      boolean service = start.process().endsWith("-service");
      String afterText = after == null || after.rssMb() == null ? "stopped during the load"
          : count(after.rssMb()) + " MB after the load";
      rows.add(new Row("B5 " + start.process(),
          start.rssMb() == null ? "not running" : "RSS " + count(start.rssMb()) + " MB at start, " + afterText
              + "; ready " + (start.readySeconds() == null ? "?" : decimal(start.readySeconds()) + " s") + " after its start",
          service ? "target " + SERVICE_RSS_TARGET_MB + " MB" : "",
          service && start.rssMb() != null ? ratio((double) maxRss(start, after) / SERVICE_RSS_TARGET_MB) : "",
          service ? "< " + SERVICE_RSS_TARGET_MB + " MB" : ""));
    }
    rows.add(new Row("B5 whole stack", "RSS " + count(atStart.totalRssMb()) + " MB at start, "
        + count(run.footprintAfterLoad().totalRssMb()) + " MB after the load (production-service not counted then)",
        "memory " + count(run.machine().memoryMb()) + " MB", ratio((double) atStart.totalRssMb() / run.machine().memoryMb()), ""));

    List<CpuRow> cpu = new ArrayList<>();
    // the load generator is still starting (JIT) in the idle window: its figure there says nothing
    Map<String, Double> idle = new LinkedHashMap<>(run.idlePerSecond().cpuMsPerOperation());
    idle.remove(CpuMeter.LOAD_GENERATOR);
    cpu.add(new CpuRow("idle stack, per second", idle, run.idlePerSecond().machineBusyPercent()));
    cpu.add(new CpuRow("B2 per event", hop.cpu().cpuMsPerOperation(), hop.cpu().machineBusyPercent()));
    for (var level : run.gateDecisions()) {
      cpu.add(new CpuRow("B1 per decision, concurrency " + level.concurrency(), level.cpu().cpuMsPerOperation(),
          level.cpu().machineBusyPercent()));
    }
    cpu.add(new CpuRow("B3 per approval at " + latency.ratePerSecond() + "/s", latency.cpu().cpuMsPerOperation(),
        latency.cpu().machineBusyPercent()));
    if (pipeline != null) {
      for (var round : pipeline.rounds()) {
        cpu.add(new CpuRow("B4 per video, M = " + round.videos(), round.cpu().cpuMsPerOperation(),
            round.cpu().machineBusyPercent()));
      }
    }

    List<String> notes = new ArrayList<>(run.notes());
    notes.add(0, warmupNote(run.warmup()));
    if (productionSkipped != null) {
      notes.add(0, "production-service was stopped for B1-B3 (each ScriptApproved would start a render); its consumer"
          + " group " + productionSkipped.group() + " then skipped " + count(skipped(productionSkipped)) + " records "
          + productionSkipped.recordsByTopic() + " before it started again (for B4 with instant settings, then with its own)"
          + (productionRunningAgain ? "." : ": it is NOT running now (see benchmarks/run's output)."));
    }
    notes.add("B5 start-up: from the process's start to its ready line in .local-stack/dev/logs, for its last start;"
        + " ./yt-autopilot up starts the five services at once on the shared cores. The registry logs whole seconds"
        + " only: its figure is the one its \"started in\" line states (without the JVM's own start).");
    notes.addAll(pipelineNotes(pipeline, publishSkipped));
    return new Document(run, atStart, pipeline, productionSkipped, publishSkipped, productionRunningAgain, rows, cpu,
        notes);
  }

  /** One row per M; the first M is the baseline of the others' time per video. */
  static List<Row> pipelineRows(WholePipeline.Result pipeline) {
    if (pipeline == null) {
      return List.of(new Row(B4, "not measured: benchmarks/run's B4 step did not finish (see its output)", "", "",
          B4_TARGET));
    }
    List<Row> rows = new ArrayList<>();
    var first = pipeline.rounds().get(0);
    for (var round : pipeline.rounds()) {
      boolean baseline = round == first;
      rows.add(new Row(B4 + ", M = " + round.videos(),
          perVideo(round) + " per video (" + round.done() + "/" + round.videos() + " READY_FOR_PUBLISH in "
              + decimal(round.seconds()) + " s" + (round.failed().isEmpty() ? "" : ", not done " + round.failed())
              + "); trend → READY_FOR_PUBLISH p50 " + seconds(round.trendToReady().p50Ms()) + ", p99 "
              + seconds(round.trendToReady().p99Ms()) + "; drafted p50 " + seconds(round.drafted().p50Ms())
              + ", rendered (queue and render) p50 " + seconds(round.rendered().p50Ms()),
          baseline ? "" : "M = " + first.videos() + ": " + perVideo(first) + " per video",
          baseline || round.secondsPerVideo() == null || first.secondsPerVideo() == null ? ""
              : ratio(round.secondsPerVideo() / first.secondsPerVideo()),
          B4_TARGET));
    }
    return rows;
  }

  static String warmupNote(Measurement.Warmup warmup) {
    var rates = warmup.decisionsPerSecond().stream().map(rate -> String.format("%.0f", rate)).toList();
    return "B2, B1 and B3 ran after a warm-up that was not measured (a service a minute old spends much of its CPU"
        + " compiling): " + rates.size() + " rounds of " + count(warmup.approvalsPerRound()) + " ScriptDrafted and"
        + " their Gate 1 approvals at concurrency " + warmup.concurrency() + ", until a round was not "
        + String.format("%.0f", (warmup.enoughGain() - 1) * 100) + " % faster than the best before it (no round"
        + " started after " + warmup.seconds() + " s); decisions/s per round: " + String.join(", ", rates) + ".";
  }

  private static List<String> pipelineNotes(WholePipeline.Result pipeline, DownstreamOffsets.Skipped publishSkipped) {
    if (pipeline == null) {
      return List.of("B4: not measured (its step failed or did not run; see benchmarks/run's output).");
    }
    List<String> notes = new ArrayList<>();
    notes.add("B4: production-service rendered at " + (pipeline.productionFormat() == null ? "its configured frame"
        : pipeline.productionFormat()) + " with the local providers (espeak-ng, ffmpeg, Java2D), one video at a time;"
        + " the offline script writer's videos have 4 scenes, 26 s. Every video has a workspace of its own ("
        + pipeline.workspaces() + "), all M fetches go out at once, and a scripted reviewer reads review-service's"
        + " database every 100 ms and approves both gates over HTTP. Time per video: first fetch to last Gate 2"
        + " answer, over M; drafted: fetch to the script in review; rendered: Gate 1 answer to the video in review.");
    if (publishSkipped != null) {
      notes.add("B4: publish-service was stopped (each VideoApproved would publish a video), so the videos stay in"
          + " READY_FOR_PUBLISH; its consumer group " + publishSkipped.group() + " then skipped "
          + count(skipped(publishSkipped)) + " records " + publishSkipped.recordsByTopic() + " before it started again.");
    }
    pipeline.notes().forEach(note -> notes.add("B4: " + note));
    return notes;
  }

  private static long skipped(DownstreamOffsets.Skipped skipped) {
    return skipped.recordsByTopic().values().stream().mapToLong(Long::longValue).sum();
  }

  private static String perVideo(WholePipeline.Round round) {
    return round.secondsPerVideo() == null ? "?" : String.format(Locale.ROOT, "%.2f s", round.secondsPerVideo());
  }

  static String markdown(Document document) {
    var run = document.run();
    var machine = run.machine();
    var text = new StringBuilder();
    text.append("## Benchmarks: run ").append(run.runId()).append(" (").append(run.startedAt()).append(")\n\n");
    text.append(String.format(Locale.ROOT, "%d cores, %s MB memory, %s, PostgreSQL %s, Kafka %s (one broker, KRaft), %s.%n",
        machine.cores(), count(machine.memoryMb()), machine.java(), machine.postgres(), machine.kafka(), machine.kernel()));
    text.append("Ratios compare figures of this run with baselines of this run, on this machine.\n\n");
    text.append("| benchmark | figure | baseline | ratio | target |\n|---|---|---|---|---|\n");
    for (var row : document.table()) {
      text.append("| ").append(row.benchmark()).append(" | ").append(row.figure()).append(" | ")
          .append(dash(row.baseline())).append(" | ").append(dash(row.ratio())).append(" | ").append(dash(row.target()))
          .append(" |\n");
    }
    List<String> processes = document.cpuPerOperation().stream()
        .flatMap(row -> row.cpuMsPerOperation().keySet().stream()).distinct().toList();
    text.append("\nCPU time per operation in ms (user + system, /proc), and how busy all ").append(machine.cores())
        .append(" cores were:\n\n| operation | ").append(String.join(" | ", processes)).append(" | machine busy |\n|---|")
        .append("---|".repeat(processes.size() + 1)).append('\n');
    for (var row : document.cpuPerOperation()) {
      text.append("| ").append(row.benchmark()).append(" | ");
      for (String process : processes) {
        Double ms = row.cpuMsPerOperation().get(process);
        text.append(ms == null ? "–" : decimal(ms)).append(" | ");
      }
      text.append(Math.round(row.machineBusyPercent())).append(" % |\n");
    }
    text.append('\n');
    for (String note : document.notes()) {
      text.append("- ").append(note).append('\n');
    }
    return text.toString();
  }

  private static long maxRss(Footprint.Entry start, Footprint.Entry after) {
    return Math.max(start.rssMb(), after == null || after.rssMb() == null ? 0 : after.rssMb());
  }

  private static String dash(String text) {
    return text.isEmpty() ? "–" : text;
  }

  private static String count(double value) {
    return String.format(Locale.ROOT, "%,d", Math.round(value));
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String seconds(Double millis) {
    return millis == null ? "?" : String.format(Locale.ROOT, "%.1f s", millis / 1000);
  }

  private static String millis(Double value) {
    return value == null ? "?" : String.format(Locale.ROOT, value < 10 ? "%.1f ms" : "%.0f ms", value);
  }

  /** Two significant digits: 0.66, 0.024, 0.0023. */
  private static String ratio(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    return value >= 1 ? String.format(Locale.ROOT, "%.2f", value)
        : new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }
}
