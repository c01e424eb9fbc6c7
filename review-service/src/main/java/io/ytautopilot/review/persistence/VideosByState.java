package io.ytautopilot.review.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.review.domain.VideoState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many videos are in each state, as a gauge per state (yt.review.videos): the reviewers' queue
 * length (SCRIPT_PENDING_REVIEW, VIDEO_PENDING_REVIEW) and the failures waiting for a retry. Read
 * from the committed rows, so a transition rolled back never shows.
 */
@ApplicationScoped
class VideosByState {
  // HQL: Hibernate caches its plan (a native query is planned again on every run, docs/performance.md)
  private static final String COUNT = "select state, count(*) from VideoEntity group by state";

  private final Map<VideoState, AtomicLong> counts = new EnumMap<>(VideoState.class);

  VideosByState(MeterRegistry meters) {
    for (VideoState state : VideoState.values()) {
      counts.put(state, meters.gauge("yt.review.videos", List.of(Tag.of("state", state.name())), new AtomicLong()));
    }
  }

  @Scheduled(every = "${yt.review.metrics-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> measure() {
    return Panache.withSession(() -> Panache.getSession()
        .chain(session -> session.createSelectionQuery(COUNT, Object[].class).getResultList())
        .invoke(rows -> {
          counts.values().forEach(count -> count.set(0));
          rows.forEach(row -> counts.get((VideoState) row[0]).set((Long) row[1]));
        })
        .replaceWithVoid());
  }
}
