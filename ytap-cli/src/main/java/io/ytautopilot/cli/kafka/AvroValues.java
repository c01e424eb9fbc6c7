package io.ytautopilot.cli.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.ytautopilot.cli.Failures;
import java.util.HexFormat;
import java.util.Map;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.common.header.Headers;

/**
 * Decodes record values through the Apicurio Registry, as generic records (ytap needs no event
 * classes), and shows whatever cannot be decoded as the start of its bytes.
 */
final class AvroValues implements AutoCloseable {
  private static final int HEX_PREFIX = 32;

  private final AvroKafkaDeserializer<Object> deserializer = new AvroKafkaDeserializer<>();

  /** How a value reads: its kind ("Avro io.ytautopilot.events.VideoCancelled", "not Avro: ...") and its text. */
  record Decoded(String kind, String text) {}

  AvroValues(String registryUrl) {
    deserializer.configure(Map.of("apicurio.registry.url", registryUrl), false);
  }

  Decoded decode(String topic, Headers headers, byte[] value) {
    if (value == null) {
      return new Decoded("null", "");
    }
    try {
      Object datum = deserializer.deserialize(topic, headers, value);
      String kind = datum instanceof GenericContainer container ? container.getSchema().getFullName() : "value";
      return new Decoded("Avro " + kind, GenericData.get().toString(datum));
    } catch (RuntimeException undecodable) {
      return new Decoded("not Avro: " + Failures.describe(undecodable), hexPrefix(value));
    }
  }

  static String hexPrefix(byte[] bytes) {
    int shown = Math.min(bytes.length, HEX_PREFIX);
    return HexFormat.of().formatHex(bytes, 0, shown) + (bytes.length > shown ? "…" : "");
  }

  @Override
  public void close() {
    deserializer.close();
  }
}
