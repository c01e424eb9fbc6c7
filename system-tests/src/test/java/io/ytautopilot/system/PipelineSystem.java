package io.ytautopilot.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.ytautopilot.signing.SigningKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The five packaged services as separate JVMs, each on its own empty `<service>_system` database,
 * with the registry of the `test` stack of ./yt-autopilot test and a Kafka broker of their own.
 */
final class PipelineSystem implements AutoCloseable {
  /** production-service before review-service: the console needs production's URL for the media. */
  static final List<String> SERVICES =
      List.of("trend-service", "editorial-service", "production-service", "review-service", "publish-service");
  /** The test stack's broker, shared with the module tests. */
  static final String TEST_STACK_KAFKA = System.getProperty("yt.system.kafka", "127.0.0.1:19092");
  static final String REGISTRY = System.getProperty("yt.system.registry", "http://127.0.0.1:18081/apis/registry/v3");
  static final String DATABASE_HOST = System.getProperty("yt.system.database-host", "127.0.0.1:5432");
  static final Path ROOT = Path.of(System.getProperty("yt.root", "..")).toAbsolutePath().normalize();
  static final Path WORK = ROOT.resolve("system-tests/target/system");
  /** review-service signs approvals with its private half, publish-service trusts its public half. */
  private static final SigningKeys.Pem APPROVAL_KEY = SigningKeys.generate();
  /** The reviewers of these tests; admins, since every test uses a workspace of its own. */
  static final List<String> REVIEWERS = List.of("alice", "bob", "carol", "dave", "ops");
  /** Reviewers of a single workspace each (user name to workspace), for the console's browser test. */
  static final Map<String, String> WORKSPACE_REVIEWERS =
      Map.of("rita", "console-rita", "ruth", "console-rita", "otto", "console-otto");

  private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
  private final String kafka;
  private final String databaseHost;
  /** Media, exports and service logs of this system. */
  private final Path work;
  /** Settings every service gets on top of the system's own (later ones win). */
  private final Map<String, String> extraProperties;
  /** The broker this system started for itself and stops with it, if any. */
  private final PrivateKafka ownBroker;

  private PipelineSystem(String kafka, String databaseHost, Path work, Map<String, String> extraProperties,
      PrivateKafka ownBroker) {
    this.kafka = kafka;
    this.databaseHost = databaseHost;
    this.work = work;
    this.extraProperties = extraProperties;
    this.ownBroker = ownBroker;
  }

  /**
   * Creates the workspace with the demo feed shipped in local-stack/feeds as its only source (no
   * internet needed) and the given banned words, then fetches its trends now: editorial drafts a
   * video for it.
   */
  void createWorkspaceAndFetch(String workspace, List<String> bannedWords) {
    given().contentType(ContentType.JSON).body(workspaceJson(workspace, bannedWords))
        .post(url("trend-service", "/workspaces")).then().statusCode(201);
    given().post(url("trend-service", "/workspaces/{ws}/trends/fetch"), workspace).then().statusCode(200);
  }

  /** A workspace reading the demo feed, videos of about a minute. */
  static String workspaceJson(String workspace, List<String> bannedWords) {
    String banned = bannedWords.stream().map(word -> '"' + word + '"').collect(Collectors.joining(", "));
    return """
        {"id": "%s", "name": "System test %s", "niche": "science explainers",
         "nicheKeywords": ["space", "octopus", "sleep"], "language": "en", "audience": "curious adults",
         "brand": {"tone": "curious", "voice": "a friendly teacher", "visualStyle": "flat colours",
                   "bannedTopics": ["politics"], "bannedWords": [%s]},
         "targetFormat": "LONG", "targetLengthSeconds": 60, "budgetPerVideoUsd": 4.0, "budgetPerMonthUsd": 60.0,
         "sources": [{"name": "demo-feed", "kind": "rss", "target": "file:science-explainers.xml"}],
         "fetchCron": "0 0 */6 * * ?"}
        """.formatted(workspace, workspace, banned);
  }

  /**
   * The system on a Kafka broker of its own, so that its topics hold its own history only (a replay
   * from offset 0 re-reads what this system did, as it would in a deployment, not what the module
   * tests left on the shared test broker), with the test stack's registry and empty databases on the
   * shared PostgreSQL. Starts every service and waits until all are ready.
   */
  static PipelineSystem startFresh() throws Exception {
    for (String service : SERVICES) {
      resetDatabase(DATABASE_HOST, databaseOf(service));
    }
    int port = ServiceProcess.freePort();
    int controllerPort = ServiceProcess.freePort(port);
    var broker = PrivateKafka.start(ROOT, WORK.resolve("kafka"), port, controllerPort);
    var system = new PipelineSystem(broker.bootstrapServers(), DATABASE_HOST, WORK, Map.of(), broker);
    try {
      system.start();
    } catch (Exception e) {
      system.close();
      throw e;
    }
    return system;
  }

  /**
   * The system on a broker and a PostgreSQL server of the caller's (fresh ones: nothing to skip),
   * each service's database `<service>_system` existing there, its files under {@code work}, with
   * extra settings for every service.
   */
  static PipelineSystem startOn(String kafka, String databaseHost, Path work, Map<String, String> extraProperties)
      throws Exception {
    var system = new PipelineSystem(kafka, databaseHost, work, extraProperties, null);
    system.start();
    return system;
  }

  void start() throws Exception {
    for (String service : SERVICES) {
      var properties = new LinkedHashMap<String, String>();
      properties.put("kafka.bootstrap.servers", kafka);
      properties.put("yt.registry.url", REGISTRY);
      properties.put("yt.database.host", databaseHost);
      properties.put("yt.database.name", databaseOf(service));
      incomingTopics(service).keySet().forEach(channel ->
          properties.put("mp.messaging.incoming." + channel + ".group.id", consumerGroupOf(service)));
      properties.put("yt.media.dir", work.resolve("media").toString());
      properties.put("yt.export.dir", work.resolve("export").toString());
      properties.put("yt.trend.schedule.enabled", "false"); // only explicit API calls fetch here
      properties.put("yt.trend.feeds.base-dir", ROOT.resolve("local-stack/feeds").toString());
      if (service.equals("publish-service")) {
        properties.put("yt.approval.trusted-keys.system.public-key", oneLine(APPROVAL_KEY.publicKey()));
        properties.put("yt.approval.trusted-keys.system.valid-from", "2026-01-01T00:00:00Z");
      }
      if (service.equals("review-service")) {
        properties.put("yt.approval.signing-key-id", "system");
        properties.put("yt.approval.signing-key", oneLine(APPROVAL_KEY.privateKey()));
        Path keys = ROOT.resolve("local-stack/dev-keys");
        properties.put("mp.jwt.verify.publickey.location", "file:" + keys.resolve("public.pem"));
        properties.put("smallrye.jwt.sign.key.location", "file:" + keys.resolve("private.pem"));
        properties.put("yt.auth.dev-issuer.enabled", "true");
        REVIEWERS.forEach(name -> properties.put("yt.auth.dev-issuer.users." + name + ".roles", "admin"));
        WORKSPACE_REVIEWERS.forEach((name, workspace) -> {
          properties.put("yt.auth.dev-issuer.users." + name + ".roles", "reviewer");
          properties.put("yt.auth.dev-issuer.users." + name + ".workspaces", workspace);
        });
        properties.put("yt.console.media-base-url", running.get("production-service").baseUrl());
      }
      properties.putAll(extraProperties);
      running.put(service, ServiceProcess.start(ROOT, service, properties, work.resolve("logs")));
    }
    for (ServiceProcess service : running.values()) {
      service.awaitReady(Duration.ofSeconds(120));
    }
  }

  /** Kills one service the hard way (SIGKILL: no shutdown hooks, no flush), as a crash would. */
  void crash(String service) throws InterruptedException {
    running.get(service).kill();
  }

  /** Starts a service again with the settings it had, and waits until it is ready. */
  void restart(String service) throws Exception {
    var process = running.get(service).restart();
    running.put(service, process);
    process.awaitReady(Duration.ofSeconds(120));
  }

  /** Stops every service the way an orchestrator does (SIGTERM, then a kill after a grace period). */
  void stop() throws InterruptedException {
    for (ServiceProcess service : running.values()) {
      service.close();
    }
    running.clear();
  }

  String url(String service, String path) {
    return running.get(service).baseUrl() + path;
  }

  Iterable<ServiceProcess> services() {
    return running.values();
  }

  /** The broker the services use. */
  String kafka() {
    return kafka;
  }

  @Override
  public void close() throws Exception {
    stop();
    if (ownBroker != null) {
      ownBroker.close();
    }
  }

  /** PEM on one line: the keys travel as command-line properties. */
  private static String oneLine(String pem) {
    return pem.replace("\n", "");
  }

  /** Consumer groups of their own, apart from the module tests' groups on the same broker. */
  static String consumerGroupOf(String service) {
    return service + "-system";
  }

  /** The service's consumer channels and their topics, as its application.properties names them. */
  static Map<String, String> incomingTopics(String service) {
    var properties = new Properties();
    try (var in = Files.newBufferedReader(
        ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var topics = new TreeMap<String, String>();
    var channel = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    for (String key : properties.stringPropertyNames()) {
      var match = channel.matcher(key);
      if (match.matches()) {
        topics.put(match.group(1), properties.getProperty(key));
      }
    }
    return topics;
  }

  static String databaseOf(String service) {
    return service.replace("-service", "") + "_system";
  }

  static void resetDatabase(String database) throws Exception {
    resetDatabase(DATABASE_HOST, database);
  }

  static void resetDatabase(String host, String database) throws Exception {
    try (var connection = DriverManager.getConnection("jdbc:postgresql://" + host + "/" + database, "ytap", "ytap");
        var statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
    }
  }
}
