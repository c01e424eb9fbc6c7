package io.ytautopilot.publish.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.publish.domain.StatisticsSource;
import io.ytautopilot.publish.domain.StatsSchedule;
import io.ytautopilot.publish.domain.VideoStatistics;
import io.ytautopilot.publish.events.PublishEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the statistics of videos published to YouTube on their schedule ({@link StatsSchedule}),
 * stores the latest and announces each reading as VideoStatsUpdated (outbox, same transaction).
 */
@ApplicationScoped
public class StatsSync {
  private static final int IDS_PER_CALL = 50; // videos.list takes at most 50 ids

  private final VideoStatsRepository stats;
  private final StatisticsSource source;
  private final PublishEventMapper events;
  private final Outbox outbox;
  private final StatsSchedule schedule;

  public StatsSync(VideoStatsRepository stats, StatisticsSource source, PublishEventMapper events, Outbox outbox,
      @ConfigProperty(name = "yt.stats.early") Duration early,
      @ConfigProperty(name = "yt.stats.early-interval") Duration earlyInterval,
      @ConfigProperty(name = "yt.stats.late-interval") Duration lateInterval) {
    this.stats = stats;
    this.source = source;
    this.events = events;
    this.outbox = outbox;
    this.schedule = new StatsSchedule(early, earlyInterval, lateInterval);
  }

  @Scheduled(every = "${yt.stats.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void syncDue() {
    var now = Instant.now();
    List<VideoStatsEntity> due = await(() -> stats.listAll()).stream()
        .filter(row -> schedule.isDue(row.publishedAt, row.measuredAt, now))
        .toList();
    due.stream().collect(Collectors.groupingBy(row -> row.workspaceId)).forEach((workspace, rows) -> {
      for (int from = 0; from < rows.size(); from += IDS_PER_CALL) {
        sync(workspace, rows.subList(from, Math.min(rows.size(), from + IDS_PER_CALL)), now);
      }
    });
  }

  private void sync(String workspaceId, List<VideoStatsEntity> rows, Instant now) {
    List<VideoStatistics> read;
    try {
      read = source.read(workspaceId, rows.stream().map(row -> row.youtubeVideoId).toList());
    } catch (RuntimeException e) { // the next check tries again; other workspaces go on
      Log.warnf(e, "statistics of %d videos of workspace %s not read", rows.size(), workspaceId);
      return;
    }
    Map<String, VideoStatistics> byId = read.stream()
        .collect(Collectors.toMap(VideoStatistics::externalId, Function.identity(), (a, b) -> a));
    var measured = rows.stream().filter(row -> byId.containsKey(row.youtubeVideoId)).toList();
    await(() -> Panache.withTransaction(() -> {
      Uni<Void> all = Uni.createFrom().voidItem();
      for (var row : measured) { // one after the other: a session runs one statement at a time
        all = all.chain(() -> record(row, byId.get(row.youtubeVideoId), now));
      }
      return all;
    }));
  }

  private Uni<Void> record(VideoStatsEntity row, VideoStatistics read, Instant now) {
    return stats.findById(row.videoId).chain(stored -> {
      stored.measuredAt = now;
      stored.views = read.views();
      stored.likes = read.likes();
      stored.comments = read.comments();
      return outbox.append("Video", stored.videoId.toString(), Topics.VIDEO_STATS_UPDATED,
          events.videoStatsUpdated(stored.videoId, stored.workspaceId, read, now));
    });
  }
}
