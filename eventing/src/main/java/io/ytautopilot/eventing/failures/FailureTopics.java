package io.ytautopilot.eventing.failures;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a consumer's failed records go. Every consumer (input topic and consumer group) has topics of
 * its own, so that one service's failures never mix with another's that reads the same topic:
 * <ul>
 *   <li>{@code <topic>.<group>.retry_<millis>}: one per retry delay; SmallRye's delayed-retry-topic
 *       strategy reads the delay from the name's last {@code _} part, so the delay must end it;</li>
 *   <li>{@code <topic>.<group>.dlq}: what still fails after the last retry, or cannot be decoded at all.</li>
 * </ul>
 * The names must exist as topics wherever topics are not created on demand (k8s/base/topics).
 */
public final class FailureTopics {
  /** Milliseconds to wait before each retry, comma-separated: also part of the retry topics' names. */
  public static final String RETRY_DELAYS = "yt.messaging.retry-delays-ms";
  public static final String DEAD_LETTER_SUFFIX = ".dlq";

  private FailureTopics() {}

  public static String deadLetterTopic(String topic, String consumerGroup) {
    return topic + "." + consumerGroup + DEAD_LETTER_SUFFIX;
  }

  public static String retryTopic(String topic, String consumerGroup, long delayMillis) {
    return topic + "." + consumerGroup + ".retry_" + delayMillis;
  }

  public static List<String> retryTopics(String topic, String consumerGroup, String retryDelays) {
    return delays(retryDelays).stream().map(delay -> retryTopic(topic, consumerGroup, delay)).toList();
  }

  static List<Long> delays(String retryDelays) {
    return Arrays.stream(retryDelays.split(",")).map(String::trim).filter(delay -> !delay.isEmpty())
        .map(Long::valueOf).toList();
  }

  /**
   * The consumer group of an incoming channel, as the Kafka connector resolves it: the channel's
   * group.id, else the connector's, else (Quarkus' default) the application name.
   */
  public static String consumerGroup(String channel, Function<String, Optional<String>> config) {
    return config.apply("mp.messaging.incoming." + channel + ".group.id")
        .or(() -> config.apply("mp.messaging.connector.smallrye-kafka.group.id"))
        .or(() -> config.apply("quarkus.application.name"))
        .orElseThrow(() -> new IllegalStateException("channel " + channel + " has no consumer group"));
  }
}
