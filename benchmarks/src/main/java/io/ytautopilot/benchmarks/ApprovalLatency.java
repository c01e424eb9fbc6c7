package io.ytautopilot.benchmarks;

import io.ytautopilot.events.Topics;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * B3: Gate 1 approvals at a fixed rate (open loop: a request leaves every 1/rate seconds whatever the
 * answers do); a plain Kafka consumer, reading yt.script.approved from its end, stands in for the
 * downstream service. Latency runs from sending the request to the ScriptApproved record's arrival
 * at that consumer, on this JVM's clock.
 */
final class ApprovalLatency {
  /**
   * endToEnd: request sent to record received; commit: request sent to the 200 answer; toBroker:
   * request sent to the record's timestamp, which the outbox relay's producer sets (millisecond clock).
   */
  record Result(int ratePerSecond, int seconds, int sent, int committed, int delivered, Latencies endToEnd,
      Latencies commit, Latencies toBroker, CpuMeter.Usage cpu) {}

  private static final Duration DELIVERY_GRACE = Duration.ofSeconds(30);

  private ApprovalLatency() {}

  static Result run(Settings settings, ReviewApi api, List<UUID> videos, int ratePerSecond, CpuMeter cpu)
      throws InterruptedException {
    int total = videos.size();
    Map<String, Integer> indexByVideo = new HashMap<>();
    IntStream.range(0, total).forEach(i -> indexByVideo.put(videos.get(i).toString(), i));
    long[] sentNanos = new long[total];
    long[] sentEpochMillis = new long[total];
    long[] answeredNanos = new long[total];
    int[] statuses = new int[total];
    long[] arrivedNanos = new long[total];
    long[] recordEpochMillis = new long[total];
    var delivered = new AtomicInteger();
    var stop = new AtomicBoolean();

    try (var consumer = downstreamConsumer(settings)) {
      var partitions = consumer.partitionsFor(Topics.SCRIPT_APPROVED).stream()
          .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // resolves the seek now, before the first approval
      var reader = new Thread(() -> {
        while (!stop.get() && delivered.get() < total) {
          for (var record : consumer.poll(Duration.ofMillis(20))) {
            long now = System.nanoTime();
            Integer index = indexByVideo.get(record.key());
            if (index != null && arrivedNanos[index] == 0) {
              arrivedNanos[index] = now;
              recordEpochMillis[index] = record.timestamp();
              delivered.incrementAndGet();
            }
          }
        }
      }, "downstream-consumer");

      var window = cpu.start();
      reader.start();
      var answered = new CountDownLatch(total);
      var next = new AtomicInteger();
      var scheduler = Executors.newSingleThreadScheduledExecutor();
      scheduler.scheduleAtFixedRate(() -> {
        int index = next.getAndIncrement();
        if (index >= total) {
          return;
        }
        sentEpochMillis[index] = System.currentTimeMillis();
        sentNanos[index] = System.nanoTime();
        api.approveScript(videos.get(index)).whenComplete((status, failure) -> {
          answeredNanos[index] = System.nanoTime();
          statuses[index] = failure == null ? status : -1;
          answered.countDown();
        });
      }, 0, 1_000_000L / ratePerSecond, TimeUnit.MICROSECONDS);
      boolean allAnswered = answered.await(total / ratePerSecond + DELIVERY_GRACE.toSeconds(), TimeUnit.SECONDS);
      scheduler.shutdownNow();
      if (!allAnswered) {
        throw new IllegalStateException("not every approval was answered");
      }
      int committed = (int) Arrays.stream(statuses).filter(status -> status == 200).count();
      long deadline = System.nanoTime() + DELIVERY_GRACE.toNanos();
      while (delivered.get() < committed && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      stop.set(true);
      reader.join();
      var usage = cpu.stop(window, committed);

      int[] ok = IntStream.range(0, total).filter(i -> statuses[i] == 200).toArray();
      int[] arrived = IntStream.range(0, total).filter(i -> arrivedNanos[i] != 0).toArray();
      var result = new Result(ratePerSecond, total / ratePerSecond, total, committed, arrived.length,
          Latencies.ofMicros(Arrays.stream(arrived).mapToLong(i -> (arrivedNanos[i] - sentNanos[i]) / 1000).toArray()),
          Latencies.ofMicros(Arrays.stream(ok).mapToLong(i -> (answeredNanos[i] - sentNanos[i]) / 1000).toArray()),
          Latencies.ofMicros(Arrays.stream(arrived).mapToLong(i -> (recordEpochMillis[i] - sentEpochMillis[i]) * 1000).toArray()),
          usage);
      Progress.detail("%d/%d ScriptApproved arrived: p50 %.1f ms, p99 %.1f ms (HTTP answer p50 %.1f ms, p99 %.1f ms)",
          result.delivered(), result.committed(), result.endToEnd().p50Ms(), result.endToEnd().p99Ms(),
          result.commit().p50Ms(), result.commit().p99Ms());
      return result;
    }
  }

  private static KafkaConsumer<String, byte[]> downstreamConsumer(Settings settings) {
    return new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
  }
}
