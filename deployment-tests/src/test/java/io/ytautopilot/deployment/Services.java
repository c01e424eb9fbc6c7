package io.ytautopilot.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import io.ytautopilot.eventing.failures.FailureTopics;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the five services read: the keys of their application.properties plus the shared defaults of
 * the eventing jar, their consumer channels, and their ports in the local stack (./yt-autopilot).
 */
record Services(Map<String, Service> byName) {

  /** Read by the container images' launchers (run-java.sh, the production image's entry point), not by Quarkus. */
  static final Set<String> LAUNCHER_ENV = Set.of("JAVA_OPTS_APPEND");
  /** Quarkus's own setting naming more properties files (the trusted approval keys come in one). */
  static final String CONFIG_LOCATIONS = "QUARKUS_CONFIG_LOCATIONS";
  /** A key of a map setting by id, e.g. a trusted approval key: every id is read the same way. */
  private static final Pattern MAP_ENTRY = Pattern.compile("(yt\\.approval\\.trusted-keys)\\.[^.]+\\.(.+)");

  private static final Pattern LOCAL_STACK_PORT = Pattern.compile("\\[([a-z]+-service)]=(\\d+)");
  private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([a-z-]+)\\.topic");

  static Services load() {
    var shared = properties(Repo.ROOT.resolve("eventing/src/main/resources/META-INF/microprofile-config.properties"));
    var ports = LOCAL_STACK_PORT.matcher(Repo.read(Repo.ROOT.resolve("yt-autopilot"))).results()
        .collect(Collectors.toMap(m -> m.group(1), m -> Integer.parseInt(m.group(2))));
    try (var folders = Files.list(Repo.ROOT)) {
      var services = new TreeMap<String, Service>();
      folders.filter(f -> f.getFileName().toString().endsWith("-service")).forEach(folder -> {
        var name = folder.getFileName().toString();
        var own = properties(folder.resolve("src/main/resources/application.properties"));
        services.put(name, new Service(name, shared, own, ports.get(name)));
      });
      return new Services(services);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Service get(String name) {
    var service = byName.get(name);
    if (service == null) throw new AssertionError(name + " is not one of the services " + byName.keySet());
    return service;
  }

  /** Every consumer channel of every service, with its topic. */
  Map<String, String> incomingTopicsByChannel() {
    var all = new TreeMap<String, String>();
    byName.values().forEach(s -> all.putAll(s.incomingTopicsByChannel()));
    return all;
  }

  /** Every retry and dead-letter topic some consumer channel of some service can write to, with its input topic. */
  Map<String, String> failureTopics() {
    var all = new TreeMap<String, String>();
    byName.values().forEach(s -> all.putAll(s.failureTopics()));
    return all;
  }

  /** The environment variable Quarkus maps to a config key: each character but letters and digits as '_', upper-cased. */
  static String asEnvironmentVariable(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static Properties properties(Path file) {
    var properties = new Properties();
    try {
      properties.load(new StringReader(Repo.read(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  record Service(String name, Properties shared, Properties own, Integer localStackPort) {

    /** The service's value of a key outside any %profile, its own file winning over the shared defaults. */
    String defaultValue(String key) {
      return own.getProperty(key, shared.getProperty(key));
    }

    /**
     * Whether Quarkus maps this environment variable to a key the service has (KAFKA_BOOTSTRAP_SERVERS
     * is kafka.bootstrap.servers). Launcher variables count as read.
     */
    boolean reads(String environmentVariable) {
      return LAUNCHER_ENV.contains(environmentVariable) || CONFIG_LOCATIONS.equals(environmentVariable)
          || keys().stream().anyMatch(key -> asEnvironmentVariable(key).equals(environmentVariable)
              || readsAsMapEntry(key, environmentVariable));
    }

    private static boolean readsAsMapEntry(String key, String environmentVariable) {
      var entry = MAP_ENTRY.matcher(key);
      return entry.matches() && environmentVariable.matches(
          asEnvironmentVariable(entry.group(1)) + "_[A-Z0-9_]+_" + asEnvironmentVariable(entry.group(2)));
    }

    Map<String, String> incomingTopicsByChannel() {
      var topics = new TreeMap<String, String>();
      for (var key : own.stringPropertyNames()) {
        var channel = INCOMING_TOPIC.matcher(key);
        if (channel.matches()) topics.put(channel.group(1), own.getProperty(key));
      }
      return topics;
    }

    /**
     * The retry topics and the dead-letter topic of each consumer channel (to its input topic), as
     * eventing's FailureTopics names them for the delayed-retry-topic strategy. Other strategies
     * that create topics are refused, so that the manifests cannot silently miss their topics.
     */
    Map<String, String> failureTopics() {
      var topics = new TreeMap<String, String>();
      incomingTopicsByChannel().forEach((channel, input) -> {
        var strategy = channelValue(channel, "failure-strategy");
        // no strategy set means SmallRye's default, fail: no topic
        if (strategy == null || Set.of("fail", "ignore").contains(strategy)) return;
        if (!strategy.equals("delayed-retry-topic")) {
          throw new IllegalStateException(name + " channel " + channel + ": failure strategy " + strategy
              + " creates topics this check does not know");
        }
        String group = FailureTopics.consumerGroup(channel, key -> Optional.ofNullable(defaultValue(key)));
        topics.put(FailureTopics.deadLetterTopic(input, group), input);
        FailureTopics.retryTopics(input, group, defaultValue(FailureTopics.RETRY_DELAYS))
            .forEach(retry -> topics.put(retry, input));
      });
      return topics;
    }

    /** An attribute of an incoming smallrye-kafka channel: set on the channel, else on the connector. */
    private String channelValue(String channel, String attribute) {
      var onChannel = defaultValue("mp.messaging.incoming." + channel + "." + attribute);
      return onChannel != null ? onChannel : defaultValue("mp.messaging.connector.smallrye-kafka." + attribute);
    }

    private Set<String> keys() {
      return Stream.concat(shared.stringPropertyNames().stream(), own.stringPropertyNames().stream())
          .map(key -> key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key)
          .collect(Collectors.toSet());
    }
  }
}
