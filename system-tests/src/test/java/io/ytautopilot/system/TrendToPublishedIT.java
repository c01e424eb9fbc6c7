package io.ytautopilot.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as ops run it: the five packaged services as separate JVMs on the local
 * Kafka, Apicurio Registry and PostgreSQL, driven through their public HTTP APIs only.
 */
class TrendToPublishedIT {
  private static final List<String> SERVICES =
      List.of("trend-service", "editorial-service", "review-service", "production-service", "publish-service");
  private static final String KAFKA = System.getProperty("yt.system.kafka", "127.0.0.1:19092");
  private static final String REGISTRY = System.getProperty("yt.system.registry", "http://127.0.0.1:18081/apis/registry/v3");
  private static final String DATABASE_HOST = System.getProperty("yt.system.database-host", "127.0.0.1:5432");

  private static final Path ROOT = Path.of(System.getProperty("yt.root", "..")).toAbsolutePath().normalize();
  private static final Path WORK = ROOT.resolve("system-tests/target/system");
  private static final Map<String, ServiceProcess> running = new LinkedHashMap<>();

  @BeforeAll
  static void startTheSystem() throws Exception {
    for (String service : SERVICES) {
      resetDatabase(databaseOf(service));
    }
    for (String service : SERVICES) {
      var properties = new LinkedHashMap<String, String>();
      properties.put("kafka.bootstrap.servers", KAFKA);
      properties.put("yt.registry.url", REGISTRY);
      properties.put("yt.database.host", DATABASE_HOST);
      properties.put("yt.database.name", databaseOf(service));
      properties.put("yt.media.dir", WORK.resolve("media").toString());
      properties.put("yt.export.dir", WORK.resolve("export").toString());
      properties.put("trend.fetch.every", "off"); // only the explicit API call fetches here
      running.put(service, ServiceProcess.start(ROOT, service, properties, WORK.resolve("logs")));
    }
    for (ServiceProcess service : running.values()) {
      service.awaitReady(Duration.ofSeconds(120));
    }
  }

  @AfterAll
  static void stopTheSystem() throws Exception {
    for (ServiceProcess service : running.values()) {
      service.close();
    }
  }

  @Test
  void oneVideoGoesFromTrendToPublishedWithTwoHumanApprovals() throws Exception {
    String workspace = "sys-" + UUID.randomUUID().toString().substring(0, 8);

    given().post(url("trend-service", "/workspaces/{ws}/trends/fetch"), workspace).then().statusCode(200);

    String videoId = await("a drafted script reaches Gate 1").atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> given().queryParam("workspace", workspace).get(url("review-service", "/videos"))
            .jsonPath().getString("find { it.state == 'SCRIPT_PENDING_REVIEW' }.id"), id -> id != null);
    JsonPath draft = video(videoId);
    assertThat(draft.getList("script.scenes")).hasSizeGreaterThanOrEqualTo(3);

    given().contentType(ContentType.JSON).body(Map.of("reviewer", "alice", "comment", "strong hook"))
        .post(url("review-service", "/videos/{id}/gate1/approve"), videoId)
        .then().statusCode(200);

    awaitState(videoId, "VIDEO_PENDING_REVIEW", Duration.ofMinutes(4));
    // generated material waits for a human: nothing moves on by itself
    Thread.sleep(2000);
    assertThat(video(videoId).getString("state")).isEqualTo("VIDEO_PENDING_REVIEW");

    long approvedAt = System.nanoTime();
    given().contentType(ContentType.JSON).body(Map.of("reviewer", "bob", "comment", "ship it"))
        .post(url("review-service", "/videos/{id}/gate2/approve"), videoId)
        .then().statusCode(200);
    awaitState(videoId, "PUBLISHED", Duration.ofSeconds(60));
    long gate2ToPublishedMillis = Duration.ofNanos(System.nanoTime() - approvedAt).toMillis();

    JsonPath published = video(videoId);
    Path mp4 = Path.of(published.getString("assets.videoLocation"));
    assertThat(streamTypes(mp4)).containsExactlyInAnyOrder("video", "audio");
    Path exportFolder = Path.of(published.getString("publishedLocation"));
    try (var exported = Files.list(exportFolder)) {
      assertThat(exported.map(path -> path.getFileName().toString()).toList())
          .anyMatch(name -> name.endsWith(".mp4"))
          .contains("metadata.json");
    }

    List<Map<String, Object>> history = published.getList("history");
    assertThat(history).extracting(entry -> entry.get("to")).containsExactly("SCRIPT_PENDING_REVIEW",
        "READY_FOR_GENERATION", "VIDEO_PENDING_REVIEW", "READY_FOR_PUBLISH", "PUBLISHED");
    assertThat(history).extracting(entry -> entry.get("actor")).containsExactly("editorial-service", "alice",
        "production-service", "bob", "publish-service");
    assertThat(history).allSatisfy(entry -> assertThat(entry.get("at")).isNotNull());

    report(gate2ToPublishedMillis);
  }

  private static void report(long gate2ToPublishedMillis) throws IOException {
    var lines = new ArrayList<String>();
    lines.add("| service | ready after (s) | RSS (MiB) |");
    lines.add("|---|---|---|");
    for (ServiceProcess service : running.values()) {
      lines.add(String.format("| %s | %.1f | %d |", service.name(), service.readyAfter().toMillis() / 1000.0,
          service.rssMiB()));
    }
    lines.add("");
    lines.add("Gate 2 approve -> PUBLISHED: " + gate2ToPublishedMillis + " ms");
    String table = String.join("\n", lines);
    System.out.println(table);
    Files.writeString(WORK.resolve("figures.md"), table + "\n", StandardCharsets.UTF_8);
  }

  private static List<String> streamTypes(Path mp4) throws Exception {
    assertThat(mp4).isRegularFile();
    Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "stream=codec_type",
        "-of", "csv=p=0", mp4.toString()).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor()).as("ffprobe: %s", output).isZero();
    return output.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  private static void awaitState(String videoId, String state, Duration timeout) {
    await(videoId + " reaches " + state).atMost(timeout).pollInterval(Duration.ofMillis(100))
        .until(() -> video(videoId).getString("state"), state::equals);
  }

  private static JsonPath video(String videoId) {
    return given().get(url("review-service", "/videos/{id}"), videoId).then().statusCode(200).extract().jsonPath();
  }

  private static String url(String service, String path) {
    return running.get(service).baseUrl() + path;
  }

  private static String databaseOf(String service) {
    return service.replace("-service", "") + "_system";
  }

  /** Every run starts from empty service databases; Flyway recreates the tables at start-up. */
  private static void resetDatabase(String database) throws Exception {
    try (var connection = DriverManager.getConnection("jdbc:postgresql://" + DATABASE_HOST + "/" + database, "ytap", "ytap");
        var statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
    }
  }
}
