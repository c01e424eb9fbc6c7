package io.ytautopilot.system;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five packaged services as separate JVMs on the local stack (the `test` stack of
 * ./yt-autopilot test by default), each on its own empty `<service>_system` database.
 */
final class PipelineSystem implements AutoCloseable {
  static final List<String> SERVICES =
      List.of("trend-service", "editorial-service", "review-service", "production-service", "publish-service");
  static final String KAFKA = System.getProperty("yt.system.kafka", "127.0.0.1:19092");
  static final String REGISTRY = System.getProperty("yt.system.registry", "http://127.0.0.1:18081/apis/registry/v3");
  private static final String DATABASE_HOST = System.getProperty("yt.system.database-host", "127.0.0.1:5432");
  private static final Path ROOT = Path.of(System.getProperty("yt.root", "..")).toAbsolutePath().normalize();
  static final Path WORK = ROOT.resolve("system-tests/target/system");

  private final Map<String, ServiceProcess> running = new LinkedHashMap<>();

  /** Empties the service databases, then starts every service and waits until all are ready. */
  static PipelineSystem startFresh() throws Exception {
    for (String service : SERVICES) {
      resetDatabase(databaseOf(service));
    }
    var system = new PipelineSystem();
    system.start();
    return system;
  }

  void start() throws Exception {
    for (String service : SERVICES) {
      var properties = new LinkedHashMap<String, String>();
      properties.put("kafka.bootstrap.servers", KAFKA);
      properties.put("yt.registry.url", REGISTRY);
      properties.put("yt.database.host", DATABASE_HOST);
      properties.put("yt.database.name", databaseOf(service));
      properties.put("yt.media.dir", WORK.resolve("media").toString());
      properties.put("yt.export.dir", WORK.resolve("export").toString());
      properties.put("trend.fetch.every", "off"); // only explicit API calls fetch here
      running.put(service, ServiceProcess.start(ROOT, service, properties, WORK.resolve("logs")));
    }
    for (ServiceProcess service : running.values()) {
      service.awaitReady(Duration.ofSeconds(120));
    }
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

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static String databaseOf(String service) {
    return service.replace("-service", "") + "_system";
  }

  private static void resetDatabase(String database) throws Exception {
    try (var connection = DriverManager.getConnection("jdbc:postgresql://" + DATABASE_HOST + "/" + database, "ytap", "ytap");
        var statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
    }
  }
}
