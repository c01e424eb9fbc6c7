package io.ytautopilot.eventing.outbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/** Stores Avro records in the outbox and reads them back with the schema of their generated class. */
final class AvroPayloads {
  private AvroPayloads() {}

  static byte[] encode(SpecificRecord event) {
    var out = new ByteArrayOutputStream(512);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    try {
      new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + event.getSchema().getFullName(), e);
    }
    return out.toByteArray();
  }

  static SpecificRecord decode(String type, byte[] payload) {
    var schema = SpecificData.get().getSchema(recordClass(type));
    try {
      return new SpecificDatumReader<SpecificRecord>(schema)
          .read(null, DecoderFactory.get().binaryDecoder(payload, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot decode outbox payload of type " + type, e);
    }
  }

  private static Class<?> recordClass(String type) {
    try {
      return Class.forName(type, true, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("outbox holds an event type this build does not know: " + type, e);
    }
  }
}
