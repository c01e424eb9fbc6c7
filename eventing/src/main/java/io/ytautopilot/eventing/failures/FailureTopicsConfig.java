package io.ytautopilot.eventing.failures;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Names the retry and dead-letter topics of every Kafka consumer channel from its input topic and
 * consumer group ({@link FailureTopics}), so that no service has to spell them out per channel:
 * {@code mp.messaging.incoming.<channel>.delayed-retry-topic.topics} and
 * {@code ...dead-letter-queue.topic}. A service's application.properties still wins (ordinal 150).
 */
public class FailureTopicsConfig implements ConfigSourceFactory {
  private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
  private static final int ORDINAL = 150;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    var retryDelays = value(context, FailureTopics.RETRY_DELAYS);
    var derived = new HashMap<String, String>();
    var names = context.iterateNames();
    while (names.hasNext()) {
      var match = INCOMING_TOPIC.matcher(names.next());
      if (!match.matches()) {
        continue;
      }
      String channel = match.group(1);
      String prefix = "mp.messaging.incoming." + channel + ".";
      var topic = value(context, prefix + "topic");
      if (topic.isEmpty() || !value(context, prefix + "connector").equals(Optional.of("smallrye-kafka"))) {
        continue;
      }
      String group = FailureTopics.consumerGroup(channel, name -> value(context, name));
      derived.put(prefix + "dead-letter-queue.topic", FailureTopics.deadLetterTopic(topic.get(), group));
      retryDelays.ifPresent(delays -> derived.put(prefix + "delayed-retry-topic.topics",
          String.join(",", FailureTopics.retryTopics(topic.get(), group, delays))));
    }
    return List.of(new PropertiesConfigSource(Map.copyOf(derived), "yt failure topics", ORDINAL));
  }

  private static Optional<String> value(ConfigSourceContext context, String name) {
    ConfigValue value = context.getValue(name);
    return Optional.ofNullable(value == null ? null : value.getValue()).filter(text -> !text.isBlank());
  }
}
