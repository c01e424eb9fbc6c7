package io.ytautopilot.production.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** Approved videos start only at the scheduled runs, and the next one is far away. */
@QuarkusTest
@TestProfile(ScheduledHoldTests.NextRunIn2099.class)
class ScheduledHoldTests extends HeldQueueContract {
  public static class NextRunIn2099 implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("yt.production.queue.start", "on-schedule", "yt.production.queue.cron", "0 0 0 1 1 ? 2099");
    }
  }

  @Override
  void saysWhy(String message) {
    assertThat(message).isEqualTo("queued until the next scheduled run (0 0 0 1 1 ? 2099)");
  }
}

