package io.ytautopilot.cli.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import io.ytautopilot.cli.TestStack;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.testsupport.EventStreams;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ytap dlq against the real test broker and registry: a dead-letter topic holding what a consumer
 * writes (SmallRye's delayed-retry-topic strategy and eventing's FailedRecords) for an Avro event it
 * refused after two retries and for bytes that are not Avro.
 */
@QuarkusMainTest
class DeadLetterCommandsTests {
  private static final byte[] POISON = "not an Avro record at all, only bytes some producer wrote".getBytes(StandardCharsets.UTF_8);

  private final Topics topics = new Topics(TestStack.KAFKA);
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String original = "ytap-test.video-cancelled-" + run;
  private final String deadLetters = original + ".ytap-test-consumer.dlq";
  private final String videoId = UUID.randomUUID().toString();
  private final Instant firstFailure = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
  private final Instant secondFailure = firstFailure.plusSeconds(90);
  private List<Header> avroHeaders;

  /**
   * The two dead-lettered records: an Avro VideoCancelled for an unknown video, then bytes that are
   * not Avro (which SmallRye's deserializer wrapper marks with deserialization-failure-* headers).
   */
  @BeforeEach
  void deadLetterTwoRecords() throws Exception {
    String source = "ytap-test.source-" + run;
    topics.create(original, 1);
    topics.create(deadLetters, 1);
    topics.create(source, 1);
    try (var streams = EventStreams.of(TestStack.KAFKA, TestStack.REGISTRY)) {
      streams.publish(source, videoId, VideoCancelled.newBuilder()
          .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
          .setVideoId(videoId).setWorkspaceId("demo").setCancelledBy("alice").setReason("topic covered").build());
    }
    var produced = topics.readAll(source).get(0);
    avroHeaders = List.of(produced.headers().toArray());
    topics.produce(new ProducerRecord<>(deadLetters, 0, firstFailure.toEpochMilli(), produced.key(), produced.value(),
        withDeadLetterHeaders(avroHeaders, "Unknown video " + videoId, 0, 41, 3)));
    topics.produce(new ProducerRecord<>(deadLetters, 0, secondFailure.toEpochMilli(),
        "poison-key".getBytes(StandardCharsets.UTF_8), POISON,
        withDeadLetterHeaders(List.of(new RecordHeader("id", utf8("poison-1")),
                new RecordHeader("deserialization-failure-reason", utf8("Failed to deserialize the value"))),
            "Failed to deserialize the value", 0, 42, 1)));
  }

  @AfterEach
  void removeTopics() throws Exception {
    topics.deleteCreated();
  }

  @Test
  void listShowsTheTopicWithItsRecordCountAndNewestRecordTime(QuarkusMainLauncher launcher) {
    var result = launcher.launch("--kafka", TestStack.KAFKA, "dlq", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutputStream()).anySatisfy(line -> assertThat(line.split("\\s+"))
        .containsExactly(deadLetters, "2", secondFailure.toString()));
  }

  @Test
  void showDecodesTheAvroRecordAndPrintsWhyEachRecordWasDeadLettered(QuarkusMainLauncher launcher) {
    var result = launcher.launch("dlq", "show", "--topic", deadLetters, "--kafka", TestStack.KAFKA,
        "--registry", TestStack.REGISTRY);

    assertThat(result.exitCode()).isZero();
    String output = result.getOutput();
    assertThat(output)
        .contains(deadLetters + ": 2 records")
        .contains("partition 0 offset 0  " + firstFailure + "  key " + videoId)
        .contains("dead-letter-reason: Unknown video " + videoId)
        .contains("dead-letter-topic: " + original)
        .contains("dead-letter-offset: 41")
        .contains("dead-letter-consumer: ytap-test-consumer")
        .contains("dead-letter-attempts: 3")
        .contains("value (Avro io.ytautopilot.events.VideoCancelled): {")
        .contains("\"videoId\": \"" + videoId + "\"", "\"reason\": \"topic covered\"")
        .contains("partition 0 offset 1  " + secondFailure + "  key poison-key  value " + POISON.length + " bytes")
        .contains("dead-letter-reason: Failed to deserialize the value")
        .containsPattern("value \\(not Avro: .+\\): " + HexFormat.of().formatHex(POISON, 0, 32) + "…");
  }

  @Test
  void showStopsAtTheLimit(QuarkusMainLauncher launcher) {
    var result = launcher.launch("dlq", "show", "--topic", deadLetters, "--limit", "1", "--kafka", TestStack.KAFKA,
        "--registry", TestStack.REGISTRY);

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput()).contains("2 records, showing the oldest 1").contains("offset 0")
        .doesNotContain("offset 1");
  }

  @Test
  void dryRunTellsWhatWouldGoBackAndProducesNothing(QuarkusMainLauncher launcher) throws Exception {
    var result = launcher.launch("dlq", "redrive", "--topic", deadLetters, "--all", "--dry-run",
        "--kafka", TestStack.KAFKA);

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput())
        .contains("would redrive " + deadLetters + " partition 0 offset 0  ->  " + original + " (key " + videoId)
        .contains("would redrive " + deadLetters + " partition 0 offset 1  ->  " + original + " (key poison-key")
        .contains("dry run: nothing produced");
    assertThat(topics.readAll(original)).isEmpty();
  }

  @Test
  void redriveAllPutsEveryRecordBackWithItsKeyValueBytesAndOwnHeadersOnly(QuarkusMainLauncher launcher) throws Exception {
    var result = launcher.launch("dlq", "redrive", "--topic", deadLetters, "--all", "--kafka", TestStack.KAFKA);

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput()).contains("redrove 2 records");
    var deadLettered = topics.readAll(deadLetters);
    var redriven = topics.readAll(original);
    assertThat(redriven).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(redriven.get(i).key()).isEqualTo(deadLettered.get(i).key());
      assertThat(redriven.get(i).value()).isEqualTo(deadLettered.get(i).value());
    }
    assertThat(headers(redriven.get(0))).containsExactlyElementsOf(headers(avroHeaders));
    assertThat(headers(redriven.get(1))).containsExactly("id=" + HexFormat.of().formatHex(utf8("poison-1")));
    assertThat(topics.readAll(deadLetters)).as("the dead-letter topic keeps its records").hasSize(2);
  }

  @Test
  void redriveOfOneOffsetPutsBackOnlyThatRecord(QuarkusMainLauncher launcher) throws Exception {
    var result = launcher.launch("dlq", "redrive", "--topic", deadLetters, "--offset", "1", "--kafka", TestStack.KAFKA);

    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput()).contains("redrove " + deadLetters + " partition 0 offset 1  ->  " + original
        + " partition 0 offset 0").contains("redrove 1 record;");
    assertThat(topics.readAll(original)).singleElement()
        .satisfies(record -> assertThat(record.value()).isEqualTo(POISON));
  }

  @Test
  void refusesWhatItCannotDo(QuarkusMainLauncher launcher) throws Exception {
    var noSelection = launcher.launch("dlq", "redrive", "--topic", deadLetters, "--kafka", TestStack.KAFKA);
    assertThat(noSelection.exitCode()).as("usage error").isEqualTo(2);
    assertThat(noSelection.getErrorOutput()).contains("--offset=O | --all");

    var noSuchOffset = launcher.launch("dlq", "redrive", "--topic", deadLetters, "--offset", "7",
        "--kafka", TestStack.KAFKA);
    assertThat(noSuchOffset.exitCode()).isEqualTo(1);
    assertThat(noSuchOffset.getErrorOutput())
        .contains("no record at offset 7 of " + deadLetters + " partition 0 (it holds offsets 0 to 1)");

    var noSuchTopic = launcher.launch("dlq", "show", "--topic", deadLetters + "-missing", "--kafka", TestStack.KAFKA);
    assertThat(noSuchTopic.exitCode()).isEqualTo(1);
    assertThat(noSuchTopic.getErrorOutput()).contains("no such topic: " + deadLetters + "-missing");
    assertThat(topics.readAll(original)).isEmpty();
  }

  /**
   * What a consumer writes: SmallRye's delayed-retry-* headers of the last attempt, the record's own
   * headers with the retry count, then FailedRecords' dead-letter-* headers.
   */
  private RecordHeaders withDeadLetterHeaders(List<Header> own, String reason, int partition, long offset,
      int attempts) {
    var headers = new RecordHeaders();
    headers.add("delayed-retry-exception-class-name", utf8("java.lang.IllegalArgumentException"));
    headers.add("delayed-retry-reason", utf8(reason));
    headers.add("delayed-retry-topic", utf8(attempts > 1 ? original + ".ytap-test-consumer.retry_60000" : original));
    headers.add("delayed-retry-partition", utf8(Integer.toString(partition)));
    headers.add("delayed-retry-offset", utf8(Long.toString(attempts > 1 ? 7 : offset)));
    own.forEach(headers::add);
    headers.add("delayed-retry-count", utf8(Integer.toString(attempts - 1)));
    headers.add("dead-letter-reason", utf8(reason));
    headers.add("dead-letter-exception-class-name", utf8("java.lang.IllegalArgumentException"));
    headers.add("dead-letter-topic", utf8(original));
    headers.add("dead-letter-partition", utf8(Integer.toString(partition)));
    headers.add("dead-letter-offset", utf8(Long.toString(offset)));
    headers.add("dead-letter-consumer", utf8("ytap-test-consumer"));
    headers.add("dead-letter-attempts", utf8(Integer.toString(attempts)));
    return headers;
  }

  private static List<String> headers(ConsumerRecord<byte[], byte[]> record) {
    return headers(List.of(record.headers().toArray()));
  }

  private static List<String> headers(List<Header> headers) {
    return headers.stream().map(header -> header.key() + "=" + HexFormat.of().formatHex(header.value())).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
