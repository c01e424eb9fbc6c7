package io.ytautopilot.publish.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often a published video's statistics are read: often while it is new (they change fast and
 * early numbers steer what is made next), then rarely, to spare the API quota.
 *
 * @param early the period after publishing with the short interval, e.g. 48 hours
 * @param earlyInterval e.g. hourly
 * @param lateInterval e.g. daily
 */
public record StatsSchedule(Duration early, Duration earlyInterval, Duration lateInterval) {

  public StatsSchedule {
    Objects.requireNonNull(early, "early");
    Objects.requireNonNull(earlyInterval, "earlyInterval");
    Objects.requireNonNull(lateInterval, "lateInterval");
  }

  /** @param lastMeasuredAt null when the video was never measured */
  public boolean isDue(Instant publishedAt, Instant lastMeasuredAt, Instant now) {
    if (lastMeasuredAt == null) {
      return true;
    }
    boolean isNew = now.isBefore(publishedAt.plus(early));
    return !now.isBefore(lastMeasuredAt.plus(isNew ? earlyInterval : lateInterval));
  }
}
