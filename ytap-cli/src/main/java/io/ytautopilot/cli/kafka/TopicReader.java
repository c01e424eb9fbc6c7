package io.ytautopilot.cli.kafka;

import io.ytautopilot.cli.Refusal;
import io.ytautopilot.cli.kafka.TopicRanges.Range;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Reads records as they are stored, partition by partition, up to the end each partition had when
 * the command started: records arriving meanwhile wait for the next run.
 */
final class TopicReader {
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private TopicReader() {}

  /** The first records of the partitions, oldest first, at most limit in all. */
  static List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> consumer, List<Range> ranges,
      long limit) {
    var records = new ArrayList<ConsumerRecord<byte[], byte[]>>();
    for (var range : ranges) {
      if (records.size() >= limit) {
        break;
      }
      records.addAll(read(consumer, range, range.earliest(), limit - records.size()));
    }
    return records;
  }

  /** The record at this offset of the range's partition. */
  static ConsumerRecord<byte[], byte[]> readOne(KafkaConsumer<byte[], byte[]> consumer, Range range, long offset) {
    if (!range.holds(offset)) {
      throw new Refusal("no record at offset " + offset + " of " + describe(range) + " (it holds "
          + (range.count() == 0 ? "none" : "offsets " + range.earliest() + " to " + (range.end() - 1)) + ")");
    }
    var found = read(consumer, range, offset, 1);
    if (found.isEmpty() || found.get(0).offset() != offset) {
      throw new Refusal("no record at offset " + offset + " of " + describe(range)
          + " (removed by compaction, or a transaction marker)");
    }
    return found.get(0);
  }

  private static String describe(Range range) {
    return range.partition().topic() + " partition " + range.partition().partition();
  }

  private static List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> consumer, Range range,
      long from, long limit) {
    var records = new ArrayList<ConsumerRecord<byte[], byte[]>>();
    if (from >= range.end()) {
      return records;
    }
    consumer.assign(List.of(range.partition()));
    consumer.seek(range.partition(), from);
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (records.size() < limit && consumer.position(range.partition()) < range.end()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("reading " + describe(range) + " took longer than " + PATIENCE.toSeconds()
            + " s; stopped at offset " + consumer.position(range.partition()));
      }
      for (var record : consumer.poll(POLL)) {
        if (record.offset() < range.end() && records.size() < limit) {
          records.add(record);
        }
      }
    }
    return records;
  }
}
