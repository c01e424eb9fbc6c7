package io.ytautopilot.trend.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/** The service as the local stack runs it: workspace files applied at start-up, fetches on schedule. */
public class ScheduledFetchProfile implements QuarkusTestProfile {
  static final String WORKSPACE = "scheduled-every-2s";

  @Override
  public Map<String, String> getConfigOverrides() {
    Path resources = Path.of("src/test/resources").toAbsolutePath();
    return Map.of(
        "yt.trend.schedule.enabled", "true",
        "yt.trend.workspaces.dir", resources.resolve("scheduled-workspaces").toString(),
        "yt.trend.feeds.base-dir", resources.resolve("feeds").toString());
  }
}
