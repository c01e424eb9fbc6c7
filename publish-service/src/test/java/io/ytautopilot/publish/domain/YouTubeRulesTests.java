package io.ytautopilot.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quota days, scheduled releases and the statistics schedule. */
class YouTubeRulesTests {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z"); // 02:00 in Los Angeles
  private static final Optional<PublishSlot> SLOT = Optional.of(new PublishSlot(LocalTime.of(17, 0),
      ZoneId.of("Europe/Berlin")));

  @Test
  void theQuotaDayEndsAtMidnightPacificTime() {
    assertThat(QuotaDay.of(NOW)).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(QuotaDay.of(Instant.parse("2026-11-26T07:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(QuotaDay.nextReset(NOW)).isEqualTo(Instant.parse("2026-11-27T08:00:00Z")); // PST, UTC-8
    assertThat(QuotaDay.nextReset(Instant.parse("2026-07-01T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-07-02T07:00:00Z")); // PDT, UTC-7
  }

  @Test
  void aScheduledVideoIsUploadedPrivateWithItsPublishTime() {
    var at = Instant.parse("2026-12-01T17:00:00Z");
    assertThat(Release.of(new PublishSettings(at, "public", false, true), SLOT, NOW))
        .isEqualTo(new Release("private", at));
  }

  @Test
  void aPublicVideoWithoutATimeTakesTheWorkspacesNextSlot() {
    assertThat(Release.of(new PublishSettings(null, "public", false, true), SLOT, NOW))
        .isEqualTo(new Release("private", Instant.parse("2026-11-26T16:00:00Z")));
    assertThat(Release.of(new PublishSettings(null, "public", false, true), SLOT, Instant.parse("2026-11-26T16:00:00Z")))
        .as("the slot has just passed: tomorrow's").isEqualTo(new Release("private", Instant.parse("2026-11-27T16:00:00Z")));
  }

  @Test
  void withoutASlotOrATimeAheadTheReviewersPrivacyHoldsNow() {
    assertThat(Release.of(new PublishSettings(null, "public", false, true), Optional.empty(), NOW))
        .isEqualTo(new Release("public", null));
    assertThat(Release.of(new PublishSettings(null, "unlisted", false, true), SLOT, NOW))
        .isEqualTo(new Release("unlisted", null));
    assertThat(Release.of(new PublishSettings(NOW.minusSeconds(60), "public", false, true), SLOT, NOW))
        .as("a publish time already past").isEqualTo(new Release("public", null));
  }

  @Test
  void statisticsAreReadHourlyWhileNewThenDaily() {
    var schedule = new StatsSchedule(Duration.ofHours(48), Duration.ofHours(1), Duration.ofDays(1));
    var published = NOW.minus(Duration.ofHours(10));
    assertThat(schedule.isDue(published, null, NOW)).isTrue();
    assertThat(schedule.isDue(published, NOW.minus(Duration.ofMinutes(59)), NOW)).isFalse();
    assertThat(schedule.isDue(published, NOW.minus(Duration.ofMinutes(60)), NOW)).isTrue();
    var old = NOW.minus(Duration.ofDays(5));
    assertThat(schedule.isDue(old, NOW.minus(Duration.ofHours(23)), NOW)).isFalse();
    assertThat(schedule.isDue(old, NOW.minus(Duration.ofHours(24)), NOW)).isTrue();
  }
}
