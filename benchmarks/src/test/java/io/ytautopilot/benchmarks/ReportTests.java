package io.ytautopilot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** B4's rows: the first M is the baseline of the others' time per video. */
class ReportTests {
  private static final Latencies SECONDS = new Latencies(1, 20_000.0, 40_000.0, 40_000.0, 20_000.0);
  private static final CpuMeter.Usage CPU = new CpuMeter.Usage(Map.of(), 100);

  @Test
  void timePerVideoOfALargerMIsComparedWithTheFirst() {
    var small = new WholePipeline.Round(10, 10, Map.of(), 100.0, 10.0, SECONDS, SECONDS, SECONDS, CPU);
    var large = new WholePipeline.Round(100, 100, Map.of(), 1_100.0, 11.0, SECONDS, SECONDS, SECONDS, CPU);

    var rows = Report.pipelineRows(new WholePipeline.Result("bench-b4-*", "64x36", List.of(small, large), List.of()));

    assertThat(rows).extracting(Report.Row::benchmark)
        .containsExactly(Report.B4 + ", M = 10", Report.B4 + ", M = 100");
    assertThat(rows.get(0).figure()).startsWith("10.00 s per video (10/10 READY_FOR_PUBLISH in 100.0 s)")
        .contains("p50 20.0 s, p99 40.0 s");
    assertThat(rows.get(0).ratio()).isEmpty();
    assertThat(rows.get(1).baseline()).isEqualTo("M = 10: 10.00 s per video");
    assertThat(rows.get(1).ratio()).isEqualTo("1.10");
  }

  @Test
  void videosNotDoneAreCountedByWhatStoppedThem() {
    var round = new WholePipeline.Round(10, 8, Map.of("GENERATION_FAILED", 2), 80.0, 10.0, SECONDS, SECONDS, SECONDS,
        CPU);

    var rows = Report.pipelineRows(new WholePipeline.Result("bench-b4-*", "64x36", List.of(round), List.of()));

    assertThat(rows.get(0).figure()).startsWith("10.00 s per video (8/10 READY_FOR_PUBLISH in 80.0 s, not done"
        + " {GENERATION_FAILED=2})");
  }

  @Test
  void withoutB4TheRowSaysItWasNotMeasured() {
    assertThat(Report.pipelineRows(null)).singleElement()
        .satisfies(row -> assertThat(row.figure()).startsWith("not measured"));
  }

  @Test
  void theWarmUpNoteNamesEveryRoundAndWhyItStopped() {
    var warmup = new Measurement.Warmup(1500, 8, 1.05, 120, List.of(181.4, 262.0, 301.7, 305.2));

    assertThat(Report.warmupNote(warmup))
        .contains("4 rounds of 1,500 ScriptDrafted", "concurrency 8", "not 5 % faster", "after 120 s",
            "decisions/s per round: 181, 262, 302, 305.");
  }
}
