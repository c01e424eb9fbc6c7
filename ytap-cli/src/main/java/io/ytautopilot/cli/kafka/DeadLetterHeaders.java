package io.ytautopilot.cli.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers a failed consumption adds to a dead-lettered record, all about the failure, not the
 * record: dead-letter-reason, -cause, -topic, -partition, -offset, -consumer, -attempts (the
 * services' FailedRecords), delayed-retry-* (SmallRye's delayed-retry-topic strategy, one set per
 * attempt: the retry count would send a redriven record straight back to the dead-letter topic) and
 * deserialization-failure-* (its deserializer wrapper, when the value could not be decoded).
 */
final class DeadLetterHeaders {
  static final String ORIGINAL_TOPIC = "dead-letter-topic";
  private static final List<String> FAILURE_PREFIXES = List.of("dead-letter-", "delayed-retry-", "deserialization-failure-");

  private DeadLetterHeaders() {}

  static Optional<String> originalTopic(Headers headers) {
    return Optional.ofNullable(headers.lastHeader(ORIGINAL_TOPIC)).map(header -> text(header.value()))
        .filter(topic -> !topic.isBlank());
  }

  /** The record's own headers, as its producer wrote them: what goes back with a redrive. */
  static Headers original(Headers headers) {
    List<Header> own = StreamSupport.stream(headers.spliterator(), false)
        .filter(header -> FAILURE_PREFIXES.stream().noneMatch(header.key()::startsWith))
        .toList();
    return new RecordHeaders(own.toArray(Header[]::new));
  }

  /** A header value as one line of text, or as hex when it is not UTF-8 text. */
  static String printable(byte[] value) {
    if (value == null) {
      return "null";
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value)).toString();
      if (text.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c))) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
      }
    } catch (CharacterCodingException notText) {
      // shown as hex below
    }
    return "0x" + HexFormat.of().formatHex(value);
  }

  private static String text(byte[] value) {
    return value == null ? "" : new String(value, StandardCharsets.UTF_8);
  }
}
