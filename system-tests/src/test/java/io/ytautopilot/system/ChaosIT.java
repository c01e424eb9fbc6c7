package io.ytautopilot.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.testsupport.youtube.FakeYouTube;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chaos suite (issue #10): N videos flow from trend to YouTube (a local fake that counts
 * uploads) with scripted Gate 1 and Gate 2 approvals, while every service is killed with SIGKILL at
 * random moments and started again, the Kafka broker is stopped and started, and PostgreSQL crashes
 * and restarts. Afterwards nothing may be lost or done twice. The system runs on a broker and a
 * PostgreSQL server of this test's own, so the crashes disturb nothing else.
 *
 * <p>Short form by default (CI): 20 videos, 5 rounds. {@code ./yt-autopilot chaos --videos N --rounds R}
 * runs a longer one; {@code -Dyt.chaos.seed} repeats a run's order of events.
 */
class ChaosIT {
  private static final int VIDEOS = Integer.getInteger("yt.chaos.videos", 20);
  private static final int ROUNDS = Integer.getInteger("yt.chaos.rounds", 5);
  private static final long SEED = Long.getLong("yt.chaos.seed", System.nanoTime());
  /** A new workspace (one video) every so often, so that videos are on their way through every round. */
  private static final Duration NEW_VIDEO_EVERY = Duration.ofSeconds(Long.getLong("yt.chaos.new-video-every", 8));
  private static final int POSTGRES_PORT = 25432;
  private static final int KAFKA_PORT = 29092;
  private static final List<String> EXPECTED_HISTORY = List.of("SCRIPT_PENDING_REVIEW", "READY_FOR_GENERATION",
      "GENERATING", "VIDEO_PENDING_REVIEW", "READY_FOR_PUBLISH", "PUBLISHING", "PUBLISHED");
  /** When VideoPublished overtakes PublishStarted (other topic), review skips PUBLISHING (state-machine.md). */
  private static final List<String> EXPECTED_HISTORY_OVERTAKEN = EXPECTED_HISTORY.stream()
      .filter(state -> !state.equals("PUBLISHING")).toList();
  private static final String SCRIPT_REVIEWER = "alice";
  private static final String VIDEO_REVIEWER = "bob";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Path WORK = PipelineSystem.ROOT.resolve("system-tests/target/chaos");

  private static PrivatePostgres postgres;
  private static PrivateKafka kafka;
  private static FakeYouTube youtube;
  private static PipelineSystem system;

  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final List<String> chaosLog = new CopyOnWriteArrayList<>();
  private final Map<String, List<Long>> restartMillis = new ConcurrentHashMap<>();

  @BeforeAll
  static void startASystemOfItsOwn() throws Exception {
    postgres = PrivatePostgres.start(POSTGRES_PORT,
        PipelineSystem.SERVICES.stream().map(PipelineSystem::databaseOf).toList());
    kafka = PrivateKafka.start(PipelineSystem.ROOT, WORK.resolve("kafka"), KAFKA_PORT, KAFKA_PORT + 1);
    youtube = new FakeYouTube();
    var settings = new LinkedHashMap<String, String>();
    // tiny frames: the renders are real (espeak-ng, ffmpeg) but take a fraction of a second
    settings.put("yt.production.formats.long", "128x72");
    settings.put("yt.youtube.api-root-url", youtube.rootUrl());
    settings.put("yt.youtube.token-url", youtube.tokenUrl());
    for (String workspace : workspaces()) {
      String prefix = "yt.publish.workspaces.\"" + workspace + "\".";
      settings.put(prefix + "target", "youtube");
      settings.put(prefix + "youtube.client-id", workspace + "-client");
      settings.put(prefix + "youtube.client-secret", workspace + "-secret");
      settings.put(prefix + "youtube.refresh-token", workspace + "-refresh");
      settings.put(prefix + "youtube.daily-quota", "100000000");
    }
    // a killed consumer's partitions go to its restarted successor after 10 s, not the default 45 s
    settings.put("mp.messaging.connector.smallrye-kafka.session.timeout.ms", "10000");
    settings.put("mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "2000");
    system = PipelineSystem.startOn(kafka.bootstrapServers(), postgres.hostAndPort(), WORK, settings);
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (system != null) {
      system.stop();
    }
    if (youtube != null) {
      youtube.stop();
    }
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void noVideoIsLostOrDoneTwiceWhenServicesTheBrokerAndTheDatabaseCrashMidFlow() throws Exception {
    var random = new Random(SEED);
    List<String> actions = chaosActions(random);
    long startedAt = System.nanoTime();
    ExecutorService background = Executors.newFixedThreadPool(2);
    Future<?> creation = background.submit(() -> createVideos(startedAt));
    Future<?> chaos = background.submit(() -> unleash(actions, random, startedAt));
    Duration deadline = NEW_VIDEO_EVERY.multipliedBy(VIDEOS).plus(Duration.ofMinutes(2).multipliedBy(actions.size()))
        .plus(Duration.ofMinutes(3));
    Map<String, JsonNode> videos = driveApprovals(startedAt, deadline, () -> creation.isDone() && chaos.isDone());
    background.shutdown();
    creation.get();
    chaos.get();
    long flowSeconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();

    Outcome outcome = assess(videos);
    String figures = figures(actions, flowSeconds, outcome);
    System.out.println(figures);
    Files.writeString(WORK.resolve("chaos.md"), figures + "\n", StandardCharsets.UTF_8);

    assertThat(outcome.lost()).as("workspaces whose video never reached PUBLISHED: " + outcome.notPublished())
        .isZero();
    assertThat(outcome.extraVideos()).as("videos drafted twice for one workspace").isZero();
    assertThat(outcome.duplicateTransitions()).as("videos with a state entered twice or out of order: "
        + outcome.irregularHistories()).isZero();
    assertThat(outcome.uploadedOnce()).as("videos on the YouTube channel exactly once").isEqualTo(VIDEOS);
    assertThat(outcome.duplicateUploads()).as("videos uploaded to YouTube more than once").isZero();
    assertThat(outcome.publishesWithoutApprovals()).as("uploads without both human approvals").isZero();
  }

  /** Every service killed once per five rounds (in a random order), plus one broker and one database restart. */
  private static List<String> chaosActions(Random random) {
    var actions = new ArrayList<String>();
    while (actions.size() < ROUNDS) {
      var services = new ArrayList<>(PipelineSystem.SERVICES);
      Collections.shuffle(services, random);
      actions.addAll(services.subList(0, Math.min(services.size(), ROUNDS - actions.size())));
    }
    actions.add(random.nextInt(actions.size() + 1), "kafka");
    actions.add(random.nextInt(actions.size() + 1), "postgres");
    return actions;
  }

  private static List<String> workspaces() {
    return IntStream.rangeClosed(1, VIDEOS).mapToObj(i -> "chaos-%02d".formatted(i)).toList();
  }

  /** One workspace at a time, each fetched once (its video), retried as a client would while trend is down. */
  private Void createVideos(long startedAt) throws Exception {
    for (int i = 0; i < VIDEOS; i++) {
      sleepUntil(startedAt, NEW_VIDEO_EVERY.multipliedBy(i));
      String workspace = workspaces().get(i);
      retry("create " + workspace, () -> {
        int status = send("trend-service", "POST", "/workspaces", null,
            PipelineSystem.workspaceJson(workspace, List.of("shocking"))).statusCode();
        return status == 201 || status == 409;
      });
      // a fetch that may have committed before the connection broke is only repeated if it left no trends
      retry("fetch " + workspace, () -> {
        try {
          return send("trend-service", "POST", "/workspaces/" + workspace + "/trends/fetch", null, null)
              .statusCode() == 200;
        } catch (ConnectException notSent) {
          return false;
        } catch (IOException brokenMidRequest) {
          return hasTrends(workspace);
        }
      });
    }
    return null;
  }

  private boolean hasTrends(String workspace) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var answer = send("trend-service", "GET", "/workspaces/" + workspace + "/trends", null, null);
        if (answer.statusCode() == 200) {
          return JSON.readTree(answer.body()).size() > 0;
        }
      } catch (IOException down) {
        // trend-service is starting again
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("trend-service did not answer for " + workspace + "'s trends within 3 minutes");
  }

  /** The chaos actions at random moments while videos are still being added, one after the other. */
  private Void unleash(List<String> actions, Random random, long startedAt) throws Exception {
    long window = NEW_VIDEO_EVERY.multipliedBy(VIDEOS).toMillis();
    List<Long> moments = random.longs(actions.size(), 5_000, Math.max(5_001, window)).sorted().boxed().toList();
    for (int i = 0; i < actions.size(); i++) {
      sleepUntil(startedAt, Duration.ofMillis(moments.get(i)));
      String action = actions.get(i);
      long at = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
      long began = System.nanoTime();
      switch (action) {
        case "kafka" -> {
          kafka.stop();
          Thread.sleep(5_000);
          kafka.restart();
        }
        case "postgres" -> postgres.crashAndRestart(3_000);
        default -> {
          system.crash(action);
          Thread.sleep(random.nextInt(2_000));
          system.restart(action);
        }
      }
      long tookMillis = Duration.ofNanos(System.nanoTime() - began).toMillis();
      restartMillis.computeIfAbsent(action, key -> new CopyOnWriteArrayList<>()).add(tookMillis);
      chaosLog.add("%6.1f s  %-18s %s, back after %.1f s".formatted(at / 1000.0, action,
          action.equals("kafka") ? "stopped" : action.equals("postgres") ? "crashed" : "killed (SIGKILL)",
          tookMillis / 1000.0));
    }
    return null;
  }

  /**
   * The reviewers: approve every script at Gate 1 and every video at Gate 2 as soon as they wait,
   * until every workspace's video is published (or the deadline). Review may be down meanwhile.
   */
  private Map<String, JsonNode> driveApprovals(long startedAt, Duration deadline, java.util.function.BooleanSupplier chaosOver)
      throws Exception {
    Map<String, JsonNode> latest = new TreeMap<>();
    long lastReport = 0;
    while (Duration.ofNanos(System.nanoTime() - startedAt).compareTo(deadline) < 0) {
      try {
        latest = chaosVideos();
        for (JsonNode video : latest.values()) {
          String state = video.get("state").asText();
          if (state.equals("SCRIPT_PENDING_REVIEW")) {
            decide(video, "gate1/approve", SCRIPT_REVIEWER);
          } else if (state.equals("VIDEO_PENDING_REVIEW")) {
            decide(video, "gate2/approve", VIDEO_REVIEWER);
          }
        }
        boolean allPublished = latest.values().stream().filter(video -> video.get("state").asText().equals("PUBLISHED"))
            .map(video -> video.get("workspaceId").asText()).distinct().count() == VIDEOS;
        if (allPublished && chaosOver.getAsBoolean()) {
          return latest;
        }
      } catch (IOException reviewDown) {
        // review-service is starting again: ask again
      }
      long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
      if (seconds - lastReport >= 15) {
        lastReport = seconds;
        System.out.println("chaos " + seconds + " s: " + latest.values().stream()
            .collect(Collectors.groupingBy(video -> video.get("state").asText(), TreeMap::new, Collectors.counting())));
      }
      Thread.sleep(500);
    }
    return latest;
  }

  private Map<String, JsonNode> chaosVideos() throws Exception {
    var answer = send("review-service", "GET", "/videos?size=500", "ops", null);
    var videos = new TreeMap<String, JsonNode>();
    if (answer.statusCode() == 200) {
      for (JsonNode video : JSON.readTree(answer.body())) {
        if (video.get("workspaceId").asText().startsWith("chaos-")) {
          videos.put(video.get("id").asText(), video);
        }
      }
    }
    return videos;
  }

  /** A decision as a reviewer makes it; a refusal because the video moved on meanwhile is fine. */
  private void decide(JsonNode video, String decision, String reviewer) throws Exception {
    send("review-service", "POST", "/videos/" + video.get("id").asText() + "/" + decision, reviewer,
        "{\"comment\": \"fine by " + reviewer + "\"}");
  }

  private record Outcome(int lost, List<String> notPublished, int extraVideos, int duplicateTransitions,
      Map<String, List<String>> irregularHistories, long uploadedOnce, long duplicateUploads,
      long publishesWithoutApprovals, long published, long deadLettered) {}

  private Outcome assess(Map<String, JsonNode> listed) throws Exception {
    Map<String, List<JsonNode>> byWorkspace = new TreeMap<>();
    for (JsonNode summary : listed.values()) {
      JsonNode video = JSON.readTree(send("review-service", "GET", "/videos/" + summary.get("id").asText(), "ops", null)
          .body());
      byWorkspace.computeIfAbsent(video.get("workspaceId").asText(), key -> new ArrayList<>()).add(video);
    }
    var notPublished = new ArrayList<String>();
    int extra = 0;
    var irregular = new TreeMap<String, List<String>>();
    long uploadedOnce = 0;
    long duplicateUploads = 0;
    long withoutApprovals = 0;
    long uploadsOfKnownVideos = 0;
    long published = 0;
    for (String workspace : workspaces()) {
      List<JsonNode> videos = byWorkspace.getOrDefault(workspace, List.of());
      extra += Math.max(0, videos.size() - 1);
      if (videos.stream().noneMatch(video -> video.get("state").asText().equals("PUBLISHED"))) {
        notPublished.add(workspace + videos.stream().map(video -> video.get("state").asText() + " "
            + video.path("lastFailure").asText("")).toList());
      }
      for (JsonNode video : videos) {
        String id = video.get("id").asText();
        List<String> states = new ArrayList<>();
        Map<String, String> actorOf = new HashMap<>();
        video.get("history").forEach(entry -> {
          states.add(entry.get("to").asText());
          actorOf.putIfAbsent(entry.get("to").asText(), entry.get("actor").asText());
        });
        if (video.get("state").asText().equals("PUBLISHED")) {
          published++;
          if (!states.equals(EXPECTED_HISTORY) && !states.equals(EXPECTED_HISTORY_OVERTAKEN)) {
            irregular.put(id, states);
          }
        }
        long uploads = youtube.uploadsOf(id);
        uploadsOfKnownVideos += uploads;
        uploadedOnce += uploads == 1 ? 1 : 0;
        duplicateUploads += Math.max(0, uploads - 1);
        boolean approvedTwice = SCRIPT_REVIEWER.equals(actorOf.get("READY_FOR_GENERATION"))
            && VIDEO_REVIEWER.equals(actorOf.get("READY_FOR_PUBLISH"));
        if (uploads > 0 && !approvedTwice) {
          withoutApprovals++;
        }
      }
    }
    // a video on the channel that review-service never saw had no approval at all
    withoutApprovals += youtube.videosOnChannel() - uploadsOfKnownVideos;
    return new Outcome(notPublished.size(), notPublished, extra, irregular.size(), irregular, uploadedOnce,
        duplicateUploads, withoutApprovals, published, deadLettered());
  }

  /** Records in the dead-letter topics of the chaos broker (poison or given up after retries). */
  private static long deadLettered() throws Exception {
    try (var admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      var topics = admin.listTopics().names().get().stream()
          .filter(topic -> topic.contains("dead-letter") || topic.endsWith(".dlq")).toList();
      if (topics.isEmpty()) {
        return 0;
      }
      var partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
          .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
          .toList();
      var earliest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
          .all().get();
      var latest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
          .all().get();
      return partitions.stream().mapToLong(p -> latest.get(p).offset() - earliest.get(p).offset()).sum();
    }
  }

  private String figures(List<String> actions, long flowSeconds, Outcome outcome) {
    var lines = new ArrayList<String>();
    lines.add("## Chaos suite: %d videos, %d rounds (seed %d)".formatted(VIDEOS, ROUNDS, SEED));
    lines.add("");
    lines.add("| figure | value |");
    lines.add("|---|---|");
    lines.add("| videos lost (not PUBLISHED) | %d of %d |".formatted(outcome.lost(), VIDEOS));
    lines.add("| extra videos (drafted twice) | %d |".formatted(outcome.extraVideos()));
    lines.add("| duplicate transitions (videos with a repeated or missing state) | %d |"
        .formatted(outcome.duplicateTransitions()));
    lines.add("| videos on YouTube once | %d |".formatted(outcome.uploadedOnce()));
    lines.add("| duplicate uploads | %d |".formatted(outcome.duplicateUploads()));
    lines.add("| publishes without two approvals | %d |".formatted(outcome.publishesWithoutApprovals()));
    lines.add("| videos PUBLISHED | %d |".formatted(outcome.published()));
    lines.add("| records dead-lettered | %d |".formatted(outcome.deadLettered()));
    lines.add("| chaos actions | %d (%s) |".formatted(actions.size(), actions.stream()
        .collect(Collectors.groupingBy(action -> action, TreeMap::new, Collectors.counting()))));
    lines.add("| whole flow | %d s |".formatted(flowSeconds));
    restartMillis.forEach((action, millis) -> lines.add("| %s down and back (s) | %s |".formatted(action,
        millis.stream().map(ms -> "%.1f".formatted(ms / 1000.0)).collect(Collectors.joining(", ")))));
    lines.add("");
    lines.add("What happened when (seconds after the first video):");
    lines.add("");
    lines.add("```");
    lines.addAll(chaosLog);
    lines.add("```");
    return String.join("\n", lines);
  }

  private HttpResponse<String> send(String service, String method, String path, String reviewer, String json)
      throws Exception {
    var request = HttpRequest.newBuilder(URI.create(system.url(service, path))).timeout(Duration.ofSeconds(15));
    if (reviewer != null) {
      request.header("Authorization", "Bearer " + token(reviewer));
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signed in through review-service's dev issuer; the token stays valid across its restarts. */
  private String token(String reviewer) throws Exception {
    String token = tokens.get(reviewer);
    if (token == null) {
      var answer = HTTP.send(HttpRequest.newBuilder(URI.create(system.url("review-service", "/auth/dev-token")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + reviewer)).timeout(Duration.ofSeconds(15)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IOException("no token for " + reviewer + ": " + answer.statusCode());
      }
      token = JSON.readTree(answer.body()).get("token").asText();
      tokens.put(reviewer, token);
    }
    return token;
  }

  private interface Attempt {
    boolean succeeded() throws Exception;
  }

  /** Repeats the attempt every half second until it succeeds; a service that is down counts as not yet. */
  private static void retry(String what, Attempt attempt) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (attempt.succeeded()) {
          return;
        }
      } catch (IOException down) {
        // the service is starting again
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(what + " did not succeed within 3 minutes");
  }

  private static void sleepUntil(long startedAt, Duration offset) throws InterruptedException {
    long waitMillis = offset.toMillis() - Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
    if (waitMillis > 0) {
      Thread.sleep(waitMillis);
    }
  }
}
