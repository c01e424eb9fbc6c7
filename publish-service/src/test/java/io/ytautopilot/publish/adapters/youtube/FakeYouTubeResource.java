package io.ytautopilot.publish.adapters.youtube;

import io.ytautopilot.testsupport.youtube.FakeYouTube;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the fake YouTube server once for the test run and points the service at it. */
public class FakeYouTubeResource implements QuarkusTestResourceLifecycleManager {
  private static FakeYouTube server;

  /** The running fake, for tests to inject faults and read what it received. */
  public static synchronized FakeYouTube server() {
    if (server == null) {
      server = new FakeYouTube();
    }
    return server;
  }

  @Override
  public Map<String, String> start() {
    var fake = server();
    fake.expireFirstTokenOf("expiring-client");
    return Map.of("yt.youtube.api-root-url", fake.rootUrl(), "yt.youtube.token-url", fake.tokenUrl());
  }

  @Override
  public void stop() {
    // the fake lives as long as the test JVM: later test classes reuse the same application
  }
}
