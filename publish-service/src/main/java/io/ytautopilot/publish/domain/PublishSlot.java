package io.ytautopilot.publish.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** A workspace's default time of day for videos to go public, e.g. 17:00 Europe/Berlin. */
public record PublishSlot(LocalTime time, ZoneId zone) {

  public PublishSlot {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
  }

  /** The first slot strictly after {@code now}. */
  public Instant nextAfter(Instant now) {
    var today = now.atZone(zone).toLocalDate().atTime(time).atZone(zone).toInstant();
    return today.isAfter(now) ? today : now.atZone(zone).toLocalDate().plusDays(1).atTime(time).atZone(zone)
        .toInstant();
  }
}
