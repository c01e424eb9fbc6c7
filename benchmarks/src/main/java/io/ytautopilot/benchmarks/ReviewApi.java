package io.ytautopilot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * review-service's HTTP API as a reviewer's client calls it, with a bearer token from the dev issuer.
 * The approvals, which the benchmarks time, go through a Vert.x client on one event loop: on two cores
 * shared with the stack, java.net.http spent 1.1-1.7 ms of CPU per request (as much as review-service's
 * own request handling), which the figures then measured instead of the service.
 */
final class ReviewApi {
  static final String PENDING = "SCRIPT_PENDING_REVIEW";
  private static final int PAGE_SIZE = 500;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** Connections for approvals in flight: at least the highest B1 concurrency. */
  private static final int MAX_CONNECTIONS = 256;

  private final HttpClient http;
  private final io.vertx.core.http.HttpClient approvals;
  private final String base;
  private final ObjectMapper json;
  private String authorization;

  ReviewApi(Settings settings, ObjectMapper json) {
    // both: HTTP/1.1 and one connection per request in flight, as browsers and most load tools do
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    this.approvals = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1))
        .createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout((int) CONNECT_TIMEOUT.toMillis()),
            new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS));
    this.base = settings.reviewUrl();
    this.json = json;
  }

  /** POST /auth/dev-token (the local stack's dev issuer): ops is an admin of every workspace. */
  void signIn(String user) throws IOException, InterruptedException {
    var response = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/dev-token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)))
        .timeout(REQUEST_TIMEOUT).build(), BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("POST /auth/dev-token answered " + response.statusCode() + ": " + response.body());
    }
    authorization = "Bearer " + json.readTree(response.body()).get("token").asText();
  }

  /** Every video of the workspace waiting at Gate 1, oldest first, page by page. */
  List<UUID> pendingReview(String workspace) throws IOException, InterruptedException {
    List<UUID> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      var uri = URI.create(base + "/videos?workspace=" + URLEncoder.encode(workspace, StandardCharsets.UTF_8)
          + "&state=" + PENDING + "&size=" + PAGE_SIZE + "&page=" + page);
      var response = http.send(authorized(uri).GET().build(), BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode videos = json.readTree(response.body());
      videos.forEach(video -> ids.add(UUID.fromString(video.get("id").asText())));
      if (videos.size() < PAGE_SIZE) {
        return ids;
      }
    }
  }

  /** Gate 1 approval without edits; completes with the HTTP status once the answer is read. */
  CompletableFuture<Integer> approveScript(UUID videoId) {
    return approve(videoId, "gate1");
  }

  /** Gate 2 approval with the default publishing options; completes with the HTTP status. */
  CompletableFuture<Integer> approveVideo(UUID videoId) {
    return approve(videoId, "gate2");
  }

  private CompletableFuture<Integer> approve(UUID videoId, String gate) {
    var request = new RequestOptions().setMethod(HttpMethod.POST)
        .setAbsoluteURI(base + "/videos/" + videoId + "/" + gate + "/approve")
        .putHeader("Authorization", authorization())
        .putHeader("Content-Type", "application/json")
        .setTimeout(REQUEST_TIMEOUT.toMillis());
    return approvals.request(request)
        .compose(sending -> sending.send("{\"comment\":\"benchmark\"}"))
        .compose(response -> response.body().map(ignored -> response.statusCode()))
        .toCompletionStage().toCompletableFuture();
  }

  private HttpRequest.Builder authorized(URI uri) {
    return HttpRequest.newBuilder(uri).header("Authorization", authorization()).timeout(REQUEST_TIMEOUT);
  }

  /** The bearer header value signIn got. */
  private String authorization() {
    if (authorization == null) {
      throw new IllegalStateException("signIn first");
    }
    return authorization;
  }
}
