package io.ytautopilot.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** trend-service's HTTP API, where a video's way through the pipeline starts (B4). */
final class TrendApi {
  /**
   * A science-explainers workspace reading the local stack's offline feed. Its cron fires in 2099
   * only: the run's workspaces stay in trend-service, and must not fetch (and draft) on their own.
   * One reviewer (the dev issuer's admin) decides both gates, so the workspace allows self-review.
   */
  private static final String WORKSPACE = """
      {"id": "%s", "name": "Benchmark %s", "niche": "science explainers",
       "nicheKeywords": ["space", "octopus", "sleep"], "language": "en", "audience": "curious adults",
       "brand": {"tone": "curious", "voice": "a friendly teacher", "visualStyle": "flat colours",
                 "bannedTopics": [], "bannedWords": []},
       "targetFormat": "LONG", "targetLengthSeconds": 60, "budgetPerVideoUsd": 4.0, "budgetPerMonthUsd": 60.0,
       "sources": [{"name": "science-feed", "kind": "rss", "target": "file:science-explainers.xml"}],
       "fetchCron": "0 0 0 1 1 ? 2099", "allowSelfReview": true}
      """;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  TrendApi(Settings settings) {
    this.base = settings.trendUrl();
  }

  void createWorkspace(String id) throws IOException, InterruptedException {
    var response = http.send(HttpRequest.newBuilder(URI.create(base + "/workspaces"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(WORKSPACE.formatted(id, id)))
        .timeout(REQUEST_TIMEOUT).build(), BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("POST /workspaces (" + id + ") answered " + response.statusCode() + ": "
          + response.body());
    }
  }

  /** POST /workspaces/{id}/fetch: the trends go out as TrendsFetched; completes with the HTTP status. */
  CompletableFuture<Integer> fetch(String workspace) {
    var request = HttpRequest.newBuilder(URI.create(base + "/workspaces/" + workspace + "/fetch"))
        .POST(BodyPublishers.noBody()).timeout(REQUEST_TIMEOUT).build();
    return http.sendAsync(request, BodyHandlers.discarding()).thenApply(response -> response.statusCode());
  }
}
