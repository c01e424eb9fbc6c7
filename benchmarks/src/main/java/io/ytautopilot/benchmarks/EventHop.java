package io.ytautopilot.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * B2: N ScriptDrafted events produced onto yt.script.drafted at full speed; review-service consumes
 * them (inbox check, transition, video and history rows in one transaction). Its rate is read from
 * its database: the videos of the run's workspace, counted every 100 ms until all are there.
 */
final class EventHop {
  /**
   * sustainedPerSecond: videos per second between 10 % and 90 % of N (the backlog is draining there;
   * null when the poll saw both in one sample);
   * overallPerSecond: N over the time from the first send to the last video.
   */
  record Result(int events, double produceSeconds, double producedPerSecond, double firstVideoAfterMs,
      Double sustainedPerSecond, double overallPerSecond, double drainSeconds, CpuMeter.Usage cpu) {}

  private record Sample(long nanos, long videos) {}

  private static final long POLL_MILLIS = 100;

  private EventHop() {}

  static Result run(int events, String workspace, DraftProducer drafts, ReviewDatabase review, CpuMeter cpu)
      throws SQLException, InterruptedException {
    var window = cpu.start();
    long start = System.nanoTime();
    for (int i = 0; i < events; i++) {
      drafts.send(UUID.randomUUID().toString(), workspace);
    }
    drafts.flush();
    long produced = System.nanoTime();
    Progress.detail("%d ScriptDrafted produced in %.2f s", events, seconds(produced - start));

    List<Sample> samples = new ArrayList<>();
    long deadline = start + Math.max(120L, events / 20L) * 1_000_000_000L;
    long videos;
    do {
      Thread.sleep(POLL_MILLIS);
      videos = review.videos(workspace);
      samples.add(new Sample(System.nanoTime(), videos));
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("review-service holds " + videos + " of " + events
            + " drafted videos after " + seconds(System.nanoTime() - start) + " s (see .local-stack/dev/logs/review-service.log)");
      }
    } while (videos < events);
    long done = samples.get(samples.size() - 1).nanos();
    var usage = cpu.stop(window, events);

    Sample first = firstReaching(samples, 1);
    Sample tenth = firstReaching(samples, (long) Math.ceil(events * 0.1));
    Sample ninetieth = firstReaching(samples, (long) Math.ceil(events * 0.9));
    Double sustained = ninetieth.nanos() > tenth.nanos()
        ? (ninetieth.videos() - tenth.videos()) / seconds(ninetieth.nanos() - tenth.nanos())
        : null;
    var result = new Result(events, seconds(produced - start), events / seconds(produced - start),
        (first.nanos() - start) / 1e6, sustained, events / seconds(done - start), seconds(done - start), usage);
    Progress.detail("review-service: %s videos/s sustained, all %d after %.1f s", sustained == null ? "?" : Math.round(sustained),
        events, result.drainSeconds());
    return result;
  }

  private static Sample firstReaching(List<Sample> samples, long videos) {
    return samples.stream().filter(sample -> sample.videos() >= videos).findFirst().orElseThrow();
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
