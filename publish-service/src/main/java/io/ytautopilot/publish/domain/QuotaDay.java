package io.ytautopilot.publish.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** YouTube's API quota is counted per day that ends at midnight Pacific time. */
public final class QuotaDay {
  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

  private QuotaDay() {}

  /** The quota day that {@code at} counts against. */
  public static LocalDate of(Instant at) {
    return at.atZone(PACIFIC).toLocalDate();
  }

  /** When the quota day of {@code at} ends and the quota is full again. */
  public static Instant nextReset(Instant at) {
    return of(at).plusDays(1).atStartOfDay(PACIFIC).toInstant();
  }
}
