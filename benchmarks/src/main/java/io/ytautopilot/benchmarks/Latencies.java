package io.ytautopilot.benchmarks;

import java.util.Arrays;

/**
 * Summary of recorded latencies: every sample is kept, percentiles are nearest-rank on the sorted
 * samples. Without samples the figures are null.
 */
record Latencies(int samples, Double p50Ms, Double p99Ms, Double maxMs, Double meanMs) {

  static Latencies ofMicros(long[] micros) {
    if (micros.length == 0) {
      return new Latencies(0, null, null, null, null);
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElseThrow();
    return new Latencies(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]), mean / 1000.0);
  }

  /** Nearest rank: the smallest sample such that at least p percent of the samples are at or below it. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double millis(long micros) {
    return micros / 1000.0;
  }
}
