package io.ytautopilot.trend.api;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real local HTTP server standing in for Hacker News, Reddit and YouTube while the service runs;
 * a test stubs it through {@link #client()}, each with its own query or subreddit.
 */
public class SourceStubs implements QuarkusTestResourceLifecycleManager {
  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return Map.of(
        "yt.trend.hacker-news.base-url", server.baseUrl(),
        "yt.trend.reddit.base-url", server.baseUrl(),
        "yt.trend.youtube.root-url", server.baseUrl(),
        "yt.trend.youtube.api-key", "test-key",
        "yt.trend.sources.timeout", "2s");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** A client of the stand-in the running service talks to. */
  static WireMock client() {
    var baseUrl = URI.create(ConfigProvider.getConfig().getValue("yt.trend.hacker-news.base-url", String.class));
    return new WireMock(baseUrl.getHost(), baseUrl.getPort());
  }
}
