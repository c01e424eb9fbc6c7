package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueuePolicyTests {
  private static final Instant NOON_UTC = Instant.parse("2026-11-25T12:00:00Z");
  private static final Instant ELEVEN_PM_UTC = Instant.parse("2026-11-25T23:00:00Z");
  private static final QueuePolicy NIGHTLY_RUNWAY = new QueuePolicy(
      Map.of("runway", OffPeakWindow.parse("22:00-06:00")), ZoneOffset.UTC);

  @Test
  void aProviderWithoutAWindowNeverHoldsAGeneration() {
    assertThat(NIGHTLY_RUNWAY.holdReason(List.of("espeak-ng", "ffmpeg", "java2d"), NOON_UTC)).isEmpty();
    assertThat(new QueuePolicy(Map.of(), ZoneOffset.UTC).holdReason(List.of("runway"), NOON_UTC)).isEmpty();
  }

  @Test
  void aProviderOutsideItsWindowHoldsTheGenerationNamingProviderAndWindow() {
    var reason = NIGHTLY_RUNWAY.holdReason(List.of("espeak-ng", "runway"), NOON_UTC);

    assertThat(reason).hasValueSatisfying(why -> assertThat(why)
        .contains("off-peak window of runway").contains("22:00-06:00").contains("Z"));
  }

  @Test
  void aProviderInsideItsWindowLetsTheGenerationStart() {
    assertThat(NIGHTLY_RUNWAY.holdReason(List.of("espeak-ng", "runway"), ELEVEN_PM_UTC)).isEmpty();
  }

  @Test
  void everyWindowedProviderMustBeInsideItsWindow() {
    var policy = new QueuePolicy(Map.of("runway", OffPeakWindow.parse("22:00-06:00"),
        "openai-tts", OffPeakWindow.parse("01:00-05:00")), ZoneOffset.UTC);

    // 23:00 is inside runway's window but not inside openai-tts's
    assertThat(policy.holdReason(List.of("runway", "openai-tts"), ELEVEN_PM_UTC))
        .hasValueSatisfying(why -> assertThat(why).contains("openai-tts").contains("01:00-05:00")
            .doesNotContain("runway"));
    assertThat(policy.holdReason(List.of("runway", "openai-tts"), Instant.parse("2026-11-25T02:00:00Z"))).isEmpty();
  }

  @Test
  void theWindowIsReadInThePolicysZone() {
    var tokyo = ZoneId.of("Asia/Tokyo");
    var policy = new QueuePolicy(Map.of("runway", OffPeakWindow.parse("22:00-06:00")), tokyo);

    // 12:00 UTC is 21:00 in Tokyo, 14:00 UTC is 23:00 there
    assertThat(policy.holdReason(List.of("runway"), NOON_UTC))
        .hasValueSatisfying(why -> assertThat(why).contains("22:00-06:00 Asia/Tokyo"));
    assertThat(policy.holdReason(List.of("runway"), Instant.parse("2026-11-25T14:00:00Z"))).isEmpty();
    // 23:00 UTC is 08:00 in Tokyo: outside, though it is night in UTC
    assertThat(policy.holdReason(List.of("runway"), ELEVEN_PM_UTC)).isPresent();
  }
}
