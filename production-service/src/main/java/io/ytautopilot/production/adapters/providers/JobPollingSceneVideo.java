package io.ytautopilot.production.adapters.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ProviderFailure;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text to video over a generic submit-and-poll job protocol, which a thin proxy can put in front of
 * any text-to-video service:
 *
 * <ol>
 *   <li>{@code POST {base-url}/jobs} with JSON {@code {"prompt", "onScreenText", "seconds", "width",
 *       "height"}} answers 201 or 202 (any 2xx) with {@code {"id": "..."}};
 *   <li>{@code GET {base-url}/jobs/{id}}, every {@code poll-interval}, answers
 *       {@code {"status": "queued" | "running" | "succeeded" | "failed", "videoUrl": "...", "error": "..."}};
 *   <li>once {@code succeeded}, {@code videoUrl} is downloaded to {@code scene-N-picture.mp4}: an
 *       absolute URL, or one relative to the base URL as in a browser ({@code files/x.mp4} below its
 *       path, {@code /files/x.mp4} on its host). The bearer key goes only to the provider's own host.
 * </ol>
 *
 * A {@code failed} job, an unknown status, or a job not done within {@code timeout} of its submission
 * is a {@link ProviderFailure}; each request is retried on its own like any HTTP provider's. The
 * picture is used as delivered: its sound is dropped and its length is the clip's.
 */
final class JobPollingSceneVideo implements SceneVideoProvider {
  private final ProviderHttp http;
  private final Duration pollInterval;
  private final double usdPerSecond;

  JobPollingSceneVideo(ProviderHttp http, Duration pollInterval, double usdPerSecond) {
    this.http = http;
    this.pollInterval = pollInterval;
    this.usdPerSecond = usdPerSecond;
  }

  @Override
  public Path render(SceneScript scene, int generation, MediaFormat format, double seconds, Path dir) {
    long deadline = System.nanoTime() + http.timeout().toNanos();
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("prompt", scene.visualPrompt().isBlank() ? scene.narration().strip() : scene.visualPrompt().strip());
    job.put("onScreenText", scene.onScreenText());
    job.put("seconds", seconds);
    job.put("width", format.width());
    job.put("height", format.height());
    JsonNode submitted = http.exchangeJson(http.postJson("jobs", job));
    String id = submitted.path("id").asText("");
    if (id.isBlank()) {
      throw new ProviderFailure(http.name(), "accepted the job of scene " + scene.index() + " without an id: "
          + submitted);
    }
    URI status = http.resolve("jobs/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    String lastStatus = "submitted";
    while (System.nanoTime() < deadline) {
      pause(scene);
      JsonNode current = http.exchangeJson(http.request(status).GET().build());
      lastStatus = current.path("status").asText("");
      switch (lastStatus) {
        case "queued", "running" -> {
          // not yet
        }
        case "succeeded" -> {
          return download(scene, current, id, dir);
        }
        case "failed" -> throw new ProviderFailure(http.name(), "job " + id + " of scene " + scene.index()
            + " failed: " + current.path("error").asText("no error given"));
        default -> throw new ProviderFailure(http.name(), "job " + id + " of scene " + scene.index()
            + " has an unknown status: " + current);
      }
    }
    throw new ProviderFailure(http.name(), "job " + id + " of scene " + scene.index() + " was not done after "
        + http.timeout().toMillis() + " ms (last status " + lastStatus + ")");
  }

  private Path download(SceneScript scene, JsonNode job, String id, Path dir) {
    String videoUrl = job.path("videoUrl").asText("");
    if (videoUrl.isBlank()) {
      throw new ProviderFailure(http.name(), "job " + id + " of scene " + scene.index()
          + " succeeded without a videoUrl: " + job);
    }
    Path picture = HttpFiles.prepare(dir, http.name()).resolve("scene-" + scene.index() + "-picture.mp4");
    http.exchange(http.request(http.resolve(videoUrl)).GET().build(), HttpResponse.BodyHandlers.ofFile(picture));
    HttpFiles.requireContent(picture, http.name(), "the video of scene " + scene.index());
    return picture;
  }

  private void pause(SceneScript scene) {
    try {
      Thread.sleep(pollInterval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderFailure(http.name(), "interrupted while waiting for the job of scene " + scene.index(), e);
    }
  }

  @Override
  public String name() {
    return http.name();
  }

  @Override
  public double usdPerUnit() {
    return usdPerSecond;
  }
}
