package io.ytautopilot.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * B1: Gate 1 approvals through the HTTP API by a closed-loop load generator: `concurrency` requests
 * in flight, each one followed by the next as soon as its answer arrives, each on its own video.
 * A decision counts once review-service answered 200 (the transaction with its outbox row committed).
 */
final class GateDecisions {
  /** refused: HTTP status (or "error") to count, for every answer that was not 200. */
  record Level(int concurrency, int requests, int committed, Map<String, Integer> refused, double seconds,
      double decisionsPerSecond, Latencies latency, CpuMeter.Usage cpu) {}

  private GateDecisions() {}

  static Level run(ReviewApi api, List<UUID> videos, int concurrency, CpuMeter cpu) throws InterruptedException {
    int requests = videos.size();
    long[] micros = new long[requests];
    int[] statuses = new int[requests];
    var next = new AtomicInteger();
    var finished = new CountDownLatch(concurrency);
    var window = cpu.start();
    long start = System.nanoTime();
    for (int slot = 0; slot < concurrency; slot++) {
      sendNext(api, videos, next, micros, statuses, finished);
    }
    if (!finished.await(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("approvals at concurrency " + concurrency + " did not finish in 10 minutes");
    }
    double seconds = EventHop.seconds(System.nanoTime() - start);
    int committed = (int) Arrays.stream(statuses).filter(status -> status == 200).count();
    var usage = cpu.stop(window, committed);

    Map<String, Integer> refused = new TreeMap<>();
    Arrays.stream(statuses).filter(status -> status != 200)
        .forEach(status -> refused.merge(status < 0 ? "error" : Integer.toString(status), 1, Integer::sum));
    long[] committedMicros = IntStream.range(0, requests).filter(i -> statuses[i] == 200)
        .mapToLong(i -> micros[i]).toArray();
    var level = new Level(concurrency, requests, committed, refused, seconds, committed / seconds,
        Latencies.ofMicros(committedMicros), usage);
    Progress.detail("concurrency %3d: %5.0f decisions/s, p50 %6.1f ms, p99 %6.1f ms%s", concurrency,
        level.decisionsPerSecond(), level.latency().p50Ms(), level.latency().p99Ms(),
        refused.isEmpty() ? "" : ", refused " + refused);
    return level;
  }

  /** Takes the next video, if any, and sends its approval; the answer's arrival sends the one after. */
  private static void sendNext(ReviewApi api, List<UUID> videos, AtomicInteger next, long[] micros, int[] statuses,
      CountDownLatch finished) {
    int index = next.getAndIncrement();
    if (index >= videos.size()) {
      finished.countDown();
      return;
    }
    long sent = System.nanoTime();
    api.approveScript(videos.get(index)).whenComplete((status, failure) -> {
      micros[index] = (System.nanoTime() - sent) / 1000;
      statuses[index] = failure == null ? status : -1;
      sendNext(api, videos, next, micros, statuses, finished);
    });
  }
}
