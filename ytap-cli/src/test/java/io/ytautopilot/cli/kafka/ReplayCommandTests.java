package io.ytautopilot.cli.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import io.ytautopilot.cli.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ytap replay against the real test broker: a group that consumed a two-partition topic and committed. */
@QuarkusMainTest
class ReplayCommandTests {
  private final Topics topics = new Topics(TestStack.KAFKA);
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String topic = "ytap-test.replay-" + run;
  private final String group = "ytap-test-group-" + run;
  private final Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

  /** Partition 0 holds records of hours 0, 1 and 2; partition 1 of hours 0 and 3. The group read all five. */
  @BeforeEach
  void groupHasConsumedTheTopic() throws Exception {
    topics.create(topic, 2);
    for (int hour : List.of(0, 1, 2)) {
      produce(0, hour);
    }
    for (int hour : List.of(0, 3)) {
      produce(1, hour);
    }
    try (var consumer = consumer()) {
      consumer.subscribe(List.of(topic));
      int read = 0;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (read < 5 && System.nanoTime() < deadline) {
        read += consumer.poll(Duration.ofMillis(200)).count();
      }
      assertThat(read).isEqualTo(5);
      consumer.commitSync();
    }
    assertThat(topics.committed(group, topic)).isEqualTo(Map.of(0, 3L, 1, 2L));
  }

  @AfterEach
  void removeTopicAndGroup() throws Exception {
    topics.deleteCreated(group);
  }

  @Test
  void withoutExecuteItPrintsThePlanAndChangesNothing(QuarkusMainLauncher launcher) throws Exception {
    var result = launcher.launch("replay", "--group", group, "--topic", topic, "--from-offset", "0",
        "--kafka", TestStack.KAFKA);

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutputStream()).anySatisfy(line -> assertThat(line.trim().split("\\s+"))
        .containsExactly("0", "3", "0", "3"));
    assertThat(result.getOutputStream()).anySatisfy(line -> assertThat(line.trim().split("\\s+"))
        .containsExactly("1", "2", "0", "2"));
    assertThat(result.getOutput()).contains("dry run: nothing changed");
    assertThat(topics.committed(group, topic)).isEqualTo(Map.of(0, 3L, 1, 2L));
  }

  @Test
  void executeFromOffsetZeroRewindsEveryPartition(QuarkusMainLauncher launcher) throws Exception {
    var result = launcher.launch("--kafka", TestStack.KAFKA, "replay", "--group", group, "--topic", topic,
        "--from-offset", "0", "--execute");

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput()).contains("offsets of group " + group + " on " + topic + " moved");
    assertThat(topics.committed(group, topic)).isEqualTo(Map.of(0, 0L, 1, 0L));
  }

  @Test
  void fromTimeStartsEachPartitionAtItsFirstRecordSinceThen(QuarkusMainLauncher launcher) throws Exception {
    var result = launcher.launch("replay", "--group", group, "--topic", topic,
        "--from-time", start.plus(1, ChronoUnit.HOURS).toString(), "--execute", "--kafka", TestStack.KAFKA);

    assertThat(result.exitCode()).isZero();
    assertThat(topics.committed(group, topic)).isEqualTo(Map.of(0, 1L, 1, 1L));
  }

  @Test
  void refusesWhileTheGroupHasAnActiveMember(QuarkusMainLauncher launcher) throws Exception {
    var joined = new CountDownLatch(1);
    var stop = new AtomicBoolean();
    var member = new Thread(() -> {
      try (var consumer = consumer()) {
        consumer.subscribe(List.of(topic));
        while (!stop.get()) {
          consumer.poll(Duration.ofMillis(100));
          if (!consumer.assignment().isEmpty()) {
            joined.countDown();
          }
        }
      }
    });
    member.start();
    try {
      assertThat(joined.await(30, TimeUnit.SECONDS)).as("the member joined the group").isTrue();

      var result = launcher.launch("replay", "--group", group, "--topic", topic, "--from-offset", "0", "--execute",
          "--kafka", TestStack.KAFKA);

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.getErrorOutput()).contains("group " + group + " has 1 active member", "stop its consumers first");
      assertThat(topics.committed(group, topic)).isEqualTo(Map.of(0, 3L, 1, 2L));
    } finally {
      stop.set(true);
      member.join();
    }
  }

  @Test
  void refusesAnUnknownTopicAndConflictingStarts(QuarkusMainLauncher launcher) {
    var unknownTopic = launcher.launch("replay", "--group", group, "--topic", topic + "-missing", "--from-offset", "0",
        "--kafka", TestStack.KAFKA);
    assertThat(unknownTopic.exitCode()).isEqualTo(1);
    assertThat(unknownTopic.getErrorOutput()).contains("no such topic: " + topic + "-missing");

    var twoStarts = launcher.launch("replay", "--group", group, "--topic", topic, "--from-offset", "0",
        "--from-time", start.toString(), "--kafka", TestStack.KAFKA);
    assertThat(twoStarts.exitCode()).isEqualTo(2);
    assertThat(twoStarts.getErrorOutput()).contains("mutually exclusive");
  }

  private void produce(int partition, int hour) throws Exception {
    topics.produce(new ProducerRecord<>(topic, partition, start.plus(hour, ChronoUnit.HOURS).toEpochMilli(),
        ("key-" + partition).getBytes(StandardCharsets.UTF_8), ("hour " + hour).getBytes(StandardCharsets.UTF_8)));
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    return new KafkaConsumer<>(topics.consumerProperties(group), new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }
}
