package io.ytautopilot.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * B4: M videos through the whole pipeline, from trend-service to READY_FOR_PUBLISH, with a scripted
 * reviewer. benchmarks/run starts production-service with a tiny frame for it (the local providers
 * at 64x36: the "instant providers") and stops publish-service, so READY_FOR_PUBLISH is where the
 * videos stay. Editorial drafts one video per fetch and never repeats a topic within a workspace, so
 * every video has a workspace of its own: the M workspaces are created first, then the clock starts
 * and all M fetches go out at once. The reviewer reads review-service's database every 100 ms and
 * approves over HTTP, Gate 1 as each script arrives and Gate 2 as each video arrives. A video is done
 * when its Gate 2 approval is answered 200 (READY_FOR_PUBLISH committed).
 */
final class WholePipeline {
  /**
   * One M. seconds: the first fetch sent to the last video done; trendToReady: a video's fetch sent to
   * its Gate 2 answer; drafted: fetch sent to the script in review (trend, editorial, review);
   * rendered: Gate 1 answered to the video in review (production's queue and render). failed: the
   * videos not done, by what stopped them.
   */
  record Round(int videos, int done, Map<String, Integer> failed, double seconds, Double secondsPerVideo,
      Latencies trendToReady, Latencies drafted, Latencies rendered, CpuMeter.Usage cpu) {}

  /** productionFormat: the frame production-service rendered, as its environment set it (null: its default). */
  record Result(String workspaces, String productionFormat, List<Round> rounds, List<String> notes) {}

  static final List<String> SERVICES = List.of("trend-service", "editorial-service", "review-service",
      "production-service");
  /** How benchmarks/run gives production-service its instant frame (yt.production.formats.long). */
  static final String FORMAT_VARIABLE = "YT_PRODUCTION_FORMATS_LONG";
  private static final long POLL_MILLIS = 100;
  /** Per video, on top of two minutes: rendering takes seconds per video, one video at a time. */
  private static final long SECONDS_ALLOWED_PER_VIDEO = 20;

  /** One video's way; times in epoch microseconds, 0 while not reached. */
  private static final class Video {
    final String workspace;
    volatile long fetchSent;
    volatile long gate1Answered;
    volatile long gate2Answered;
    /** Why the video will not be done (a refused request, a failed generation), or null. */
    volatile String stopped;
    // the reviewer's loop only
    UUID id;
    boolean gate1Sent;
    boolean gate2Sent;

    Video(String workspace) {
      this.workspace = workspace;
    }

    boolean settled() {
      return gate2Answered != 0 || stopped != null;
    }
  }

  private final Settings settings;
  private final ObjectMapper json;

  WholePipeline(Settings settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  Result run() throws Exception {
    String runId = Measurement.runId("bench-b4-", Instant.now());
    List<String> notes = new ArrayList<>();
    long production = StackProcesses.requirePid(settings, "production-service");
    String format = ProcFs.environment(production, FORMAT_VARIABLE).orElse(null);
    if (format == null) {
      notes.add("production-service ran without " + FORMAT_VARIABLE + ": B4 rendered at its configured frame");
    }
    var reviewer = new ReviewApi(settings, json);
    reviewer.signIn("ops");
    var trend = new TrendApi(settings);
    var cpu = new CpuMeter(settings, SERVICES);
    List<Round> rounds = new ArrayList<>();
    List<UUID> rendered = new ArrayList<>();
    try (var review = new ReviewDatabase(settings)) {
      for (int videos : settings.pipelineVideos()) {
        rounds.add(round(runId + "-m" + videos + "-", videos, trend, reviewer, review, cpu, rendered));
      }
      Measurement.cleanUp(settings, review, runId + "-%", notes);
    }
    if (!settings.keepData()) {
      removeWorkFolders(rendered);
    }
    return new Result(runId + "-*", format, rounds, notes);
  }

  /**
   * production-service's work folder of each video (media/<videoId>: every scene's files, some MB per
   * video); what it stored of them (media/assets, by content, the same for equal scripts) stays.
   */
  private void removeWorkFolders(List<UUID> videos) throws IOException {
    Path media = settings.stackDir().resolve("media");
    for (UUID video : videos) {
      Path folder = media.resolve(video.toString());
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    }
    Progress.detail("removed production-service's work folders of the %d videos (%s/<videoId>)", videos.size(), media);
  }

  private Round round(String prefix, int count, TrendApi trend, ReviewApi reviewer, ReviewDatabase review,
      CpuMeter cpu, List<UUID> rendered) throws Exception {
    Progress.step("B4: %d videos from trend to READY_FOR_PUBLISH (workspaces %s*)", count, prefix);
    List<Video> videos = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      videos.add(new Video(prefix + String.format(Locale.ROOT, "%03d", i)));
      trend.createWorkspace(videos.get(i).workspace);
    }
    Map<String, Video> byWorkspace = videos.stream().collect(Collectors.toMap(video -> video.workspace, video -> video));

    var window = cpu.start();
    long deadline = System.nanoTime() + (120 + count * SECONDS_ALLOWED_PER_VIDEO) * 1_000_000_000L;
    for (var video : videos) {
      video.fetchSent = nowMicros();
      settle(video, "fetch", trend.fetch(video.workspace), answered -> {});
    }
    while (!videos.stream().allMatch(Video::settled) && System.nanoTime() < deadline) {
      Thread.sleep(POLL_MILLIS);
      for (var row : review.videosLike(prefix + "%")) {
        var video = byWorkspace.get(row.workspace());
        video.id = row.id();
        switch (row.state()) {
          case ReviewApi.PENDING -> {
            if (!video.gate1Sent) {
              video.gate1Sent = true;
              settle(video, "gate1/approve", reviewer.approveScript(row.id()), at -> video.gate1Answered = at);
            }
          }
          case "VIDEO_PENDING_REVIEW" -> {
            if (!video.gate2Sent) {
              video.gate2Sent = true;
              settle(video, "gate2/approve", reviewer.approveVideo(row.id()), at -> video.gate2Answered = at);
            }
          }
          case "GENERATION_FAILED", "CANCELLED", "SCRIPT_REJECTED", "VIDEO_REJECTED" -> video.stopped = row.state();
          default -> { } // on its way
        }
      }
    }

    List<Video> done = videos.stream().filter(video -> video.gate2Answered != 0).toList();
    var usage = cpu.stop(window, done.size());
    videos.stream().map(video -> video.id).filter(Objects::nonNull).forEach(rendered::add);
    long first = videos.stream().mapToLong(video -> video.fetchSent).min().orElseThrow();
    long last = done.stream().mapToLong(video -> video.gate2Answered).max().orElse(nowMicros());
    double seconds = (last - first) / 1e6;
    Map<String, Integer> failed = new TreeMap<>();
    videos.stream().filter(video -> video.gate2Answered == 0)
        .forEach(video -> failed.merge(video.stopped != null ? video.stopped : "not done in time", 1, Integer::sum));

    Map<UUID, Instant> scriptInReview = review.firstEntered(prefix + "%", ReviewApi.PENDING);
    Map<UUID, Instant> videoInReview = review.firstEntered(prefix + "%", "VIDEO_PENDING_REVIEW");
    var round = new Round(count, done.size(), failed, seconds, done.isEmpty() ? null : seconds / done.size(),
        spans(done, video -> video.gate2Answered - video.fetchSent),
        spans(done, video -> micros(scriptInReview.get(video.id)) - video.fetchSent),
        spans(done, video -> micros(videoInReview.get(video.id)) - video.gate1Answered),
        usage);
    Progress.detail("%d/%d READY_FOR_PUBLISH in %.1f s (%s s per video); trend -> READY_FOR_PUBLISH p50 %.1f s,"
            + " p99 %.1f s%s", round.done(), count, seconds,
        round.secondsPerVideo() == null ? "?" : String.format(Locale.ROOT, "%.2f", round.secondsPerVideo()),
        secondsOf(round.trendToReady().p50Ms()), secondsOf(round.trendToReady().p99Ms()),
        failed.isEmpty() ? "" : ", not done: " + failed);
    return round;
  }

  /** Records the answer's time when it is 200; anything else stops the video with the request's name. */
  private static void settle(Video video, String request, CompletableFuture<Integer> answer, LongConsumer onOk) {
    answer.whenComplete((status, failure) -> {
      if (failure == null && status == 200) {
        onOk.accept(nowMicros());
      } else {
        video.stopped = request + " " + (failure == null ? "answered " + status : "failed");
      }
    });
  }

  private static Latencies spans(List<Video> videos, ToLongFunction<Video> micros) {
    return Latencies.ofMicros(videos.stream().mapToLong(micros).toArray());
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, Objects.requireNonNull(instant, "a done video has no such history entry"));
  }

  private static long nowMicros() {
    return micros(Instant.now());
  }

  private static double secondsOf(Double millis) {
    return millis == null ? Double.NaN : millis / 1000;
  }
}
