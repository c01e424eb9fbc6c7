package io.ytautopilot.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.cli.YtapCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "produce", mixinStandardHelpOptions = true,
    description = {"Resume a video's production, or show how far it is.",
        "production-service has no resume call of its own: a generation runs again when review-service re-emits"
            + " ScriptApproved with the next generation, which is its 'retry' after GENERATION_FAILED. So when the"
            + " video is GENERATION_FAILED this asks review-service to retry (that needs a reviewer token); in any"
            + " other state it changes nothing and prints the production job (GET production-service"
            + " /productions/{id})."})
public class ProduceCommand implements Callable<Integer> {
  private static final String GENERATION_FAILED = "GENERATION_FAILED";

  private final ObjectMapper json;

  @ParentCommand
  YtapCommand ytap;

  @Spec
  CommandSpec spec;

  @Option(names = "--video-id", required = true, paramLabel = "ID", description = "the video")
  String videoId;

  @Option(names = "--comment", paramLabel = "TEXT", description = "for the history, when a retry is asked")
  String comment;

  @Mixin
  ReviewerToken token;

  public ProduceCommand(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var review = new Review(ytap.reviewUrl(), token, json);
    var current = review.call((api, authorization) -> api.video(videoId, authorization));
    if (!current.ok()) {
      return current.refused(err);
    }
    var video = review.video(current);
    if (GENERATION_FAILED.equals(video.state())) {
      out.printf("video %s is %s (generation %d: %s); asking review-service to retry%n", videoId,
          video.state(), video.generation(), video.lastFailure() == null ? "no reason given" : video.lastFailure());
      var retried = review.call((api, authorization) -> api.retry(videoId, authorization, null,
          new Bodies.Comment(comment)));
      if (!retried.ok()) {
        return retried.refused(err);
      }
      var now = review.video(retried);
      out.printf("video %s is now %s: production renders generation %d%n", videoId, now.state(), now.generation());
      return 0;
    }
    out.printf("video %s is %s in review-service (generation %d): nothing to resume%n", videoId, video.state(),
        video.generation());
    var production = Apis.client(ProductionApi.class, ytap.productionUrl());
    var job = Answer.of("production-service", ytap.productionUrl(), () -> production.job(videoId));
    if (job.status() == 404) {
      out.println("production-service has no job for it yet");
      return 0;
    }
    if (!job.ok()) {
      return job.refused(err);
    }
    print(out, json.readTree(job.body()));
    return 0;
  }

  private static void print(PrintWriter out, JsonNode job) {
    out.printf("production job   %s, generation %d, %d attempt%s%n", job.path("state").asText(),
        job.path("generation").asInt(), job.path("attempts").asInt(), job.path("attempts").asInt() == 1 ? "" : "s");
    if (!job.path("lastError").isMissingNode() && !job.path("lastError").isNull()) {
      out.printf("last error       %s%n", job.path("lastError").asText());
    }
    out.printf("clips rendered   %d%n", job.path("clips").size());
    if (job.path("output").isObject()) {
      out.printf("video file       %s (sha256 %s)%n", job.path("output").path("video").asText(),
          job.path("output").path("videoSha256").asText());
    }
  }
}
