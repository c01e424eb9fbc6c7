package io.ytautopilot.production.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** ffmpeg, the scene-video provider, may only work in an hour-long window starting two hours from now. */
@QuarkusTest
@TestProfile(OffPeakHoldTests.FfmpegOffPeakLater.class)
class OffPeakHoldTests extends HeldQueueContract {
  public static class FfmpegOffPeakLater implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      LocalTime opens = LocalTime.now(ZoneOffset.UTC).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
      return Map.of("yt.production.queue.off-peak.\"ffmpeg\"", opens + "-" + opens.plusHours(1));
    }
  }

  @Override
  void saysWhy(String message) {
    assertThat(message).startsWith("queued, waiting for the off-peak window of ffmpeg (").endsWith(" UTC)");
  }
}

