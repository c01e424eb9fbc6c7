package io.ytautopilot.benchmarks;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces ScriptDrafted events as editorial-service's relay does: Avro through the registry (the
 * serde settings of test-support's EventStreams), keyed by video id, with the id and eventType
 * headers. One producer for all of them: EventStreams.publish opens a producer per record, which is
 * right for a test and far too slow for thousands.
 */
final class DraftProducer implements AutoCloseable {
  private final KafkaProducer<String, ScriptDrafted> producer;

  DraftProducer(Settings settings) {
    this.producer = new KafkaProducer<>(config(settings));
  }

  /** Sends without waiting (batched by the producer). */
  void send(String videoId, String workspace) {
    var draft = draft(videoId, workspace);
    producer.send(new ProducerRecord<>(Topics.SCRIPT_DRAFTED, null, videoId, draft, headers(draft)));
  }

  /** Waits until the broker has acknowledged every record sent so far. */
  void flush() {
    producer.flush();
  }

  /** Bytes of one ScriptDrafted record value as the serde writes it: the record size for the raw Kafka baselines. */
  static int serializedSize(Settings settings) {
    try (var serializer = new AvroKafkaSerializer<ScriptDrafted>()) {
      serializer.configure(config(settings), false);
      var draft = draft(UUID.randomUUID().toString(), "size-probe");
      return serializer.serialize(Topics.SCRIPT_DRAFTED, headers(draft), draft).length;
    }
  }

  /** A first revision as editorial-service drafts it (like review-service's test Videos.draft). */
  static ScriptDrafted draft(String videoId, String workspace) {
    return ScriptDrafted.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setVideoId(videoId).setWorkspaceId(workspace).setRevision(1)
        .setTopic("octopus hearts").setTitle("Why octopuses have three hearts")
        .setDescription("A short explainer").setTags(List.of("octopus", "biology"))
        .setHook("One heart is not enough.").setCallToAction("Subscribe for more.")
        .setScenes(List.of(
            scene(1, "Octopuses have three hearts."),
            scene(2, "Two pump blood through the gills."),
            scene(3, "The third stops when they swim.")))
        .build();
  }

  private static Scene scene(int index, String narration) {
    return Scene.newBuilder().setIndex(index).setNarration(narration).setVisualPrompt("an octopus, scene " + index)
        .setOnScreenText("Fact " + index).setDurationSeconds(5).build();
  }

  private static RecordHeaders headers(ScriptDrafted draft) {
    var headers = new RecordHeaders();
    headers.add("id", draft.getEventId().getBytes(StandardCharsets.UTF_8));
    headers.add("eventType", ScriptDrafted.getClassSchema().getFullName().getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  private static Map<String, Object> config(Settings settings) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroKafkaSerializer.class);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put("apicurio.registry.url", settings.registryUrl());
    config.put("apicurio.registry.auto-register", "true");
    return config;
  }

  @Override
  public void close() {
    producer.close();
  }
}
