package io.ytautopilot.cli.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.cli.YtapCommand;
import jakarta.ws.rs.core.Response;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ytap video: one video in review-service, and the reviewer commands that move it. */
@Command(name = "video", mixinStandardHelpOptions = true,
    description = {"Show a video and act on it through review-service's reviewer API.",
        "Every call carries a reviewer token (--token, env YTAP_TOKEN, or --dev-user on the local stack). On a"
            + " refusal (4xx) the service's problem JSON is printed and the exit code is 1."})
public class VideoCommand {
  private final ObjectMapper json;

  @ParentCommand
  YtapCommand ytap;

  @Spec
  CommandSpec spec;

  public VideoCommand(ObjectMapper json) {
    this.json = json;
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "State, version, script, generation, publish attempt, last failure, cost and history.")
  int show(@Parameters(paramLabel = "ID", description = "the video id") String id,
      @Option(names = "--json", description = "print review-service's JSON as it is") boolean raw,
      @Mixin ReviewerToken token) {
    var review = new Review(ytap.reviewUrl(), token, json);
    var answer = review.call((api, authorization) -> api.video(id, authorization));
    if (!answer.ok()) {
      return answer.refused(err());
    }
    if (raw) {
      out().println(answer.body());
    } else {
      print(out(), review.video(answer));
    }
    return 0;
  }

  @Command(name = "retry", mixinStandardHelpOptions = true,
      description = "After GENERATION_FAILED: generate again (next generation); after PUBLISH_FAILED: publish again.")
  int retry(@Parameters(paramLabel = "ID") String id,
      @Option(names = "--comment", paramLabel = "TEXT", description = "why, for the history") String comment,
      @Option(names = "--if-version", paramLabel = "N", description = "only if the video is still at version N") Long version,
      @Mixin ReviewerToken token) {
    return command(token, (api, authorization) -> api.retry(id, authorization, ifMatch(version),
        new Bodies.Comment(comment)));
  }

  @Command(name = "cancel", mixinStandardHelpOptions = true,
      description = "Cancel the video (any state before PUBLISHED except PUBLISHING): nothing more is made or published.")
  int cancel(@Parameters(paramLabel = "ID") String id,
      @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why, for the history") String reason,
      @Option(names = "--if-version", paramLabel = "N", description = "only if the video is still at version N") Long version,
      @Mixin ReviewerToken token) {
    return command(token, (api, authorization) -> api.cancel(id, authorization, ifMatch(version),
        new Bodies.Reason(reason)));
  }

  @Command(name = "approve-script", mixinStandardHelpOptions = true,
      description = "Gate 1: approve the script as drafted; generation starts.")
  int approveScript(@Parameters(paramLabel = "ID") String id,
      @Option(names = "--comment", paramLabel = "TEXT", description = "for the history") String comment,
      @Option(names = "--if-version", paramLabel = "N", description = "only if the video is still at version N") Long version,
      @Mixin ReviewerToken token) {
    return command(token, (api, authorization) -> api.approveScript(id, authorization, ifMatch(version),
        new Bodies.Comment(comment)));
  }

  @Command(name = "approve-video", mixinStandardHelpOptions = true,
      description = "Gate 2: approve the rendered video; it is published (private unless --privacy says otherwise).")
  int approveVideo(@Parameters(paramLabel = "ID") String id,
      @Option(names = "--comment", paramLabel = "TEXT", description = "for the history") String comment,
      @Option(names = "--privacy", paramLabel = "private|unlisted|public", description = "default: private")
      String privacy,
      @Option(names = "--publish-at", paramLabel = "ISO8601", description = "go public at this time, e.g. 2030-01-01T09:00:00Z")
      String publishAt,
      @Option(names = "--if-version", paramLabel = "N", description = "only if the video is still at version N") Long version,
      @Mixin ReviewerToken token) {
    return command(token, (api, authorization) -> api.approveVideo(id, authorization, ifMatch(version),
        new Bodies.VideoApproval(comment, privacy, publishAt)));
  }

  private int command(ReviewerToken token, BiFunction<ReviewApi, String, Response> call) {
    var review = new Review(ytap.reviewUrl(), token, json);
    var answer = review.call(call);
    if (!answer.ok()) {
      return answer.refused(err());
    }
    var video = review.video(answer);
    out().printf("video %s is now %s (version %d, generation %d, publish attempt %d)%n", video.id(), video.state(),
        video.version(), video.generation(), video.publishAttempt());
    return 0;
  }

  static void print(PrintWriter out, VideoView video) {
    out.printf("video            %s (workspace %s)%n", video.id(), video.workspaceId());
    out.printf("state            %s (version %d)%n", video.state(), video.version());
    if (video.script() != null) {
      out.printf("script           \"%s\" revision %d%s%n", video.script().title(), video.script().revision(),
          video.approvedRevision() > 0 ? " (Gate 1 approved revision " + video.approvedRevision() + ")" : "");
    }
    out.printf("generation       %d%n", video.generation());
    out.printf("progress         %s%n", video.progress() == null ? "-" : progress(video.progress()));
    out.printf("publish attempt  %d%n", video.publishAttempt());
    out.printf("last failure     %s%n", orDash(video.lastFailure()));
    out.printf("cost             %s, spent %s%n", video.costEstimate() == null ? "not estimated yet"
        : "estimated " + dollars(video.costEstimate().total()) + " for revision " + video.costEstimate().revision(),
        dollars(video.actualCost()));
    if (video.publishAt() != null) {
      out.printf("publish at       %s%n", video.publishAt());
    }
    out.printf("published        %s%n", orDash(video.publishedLocation()));
    out.println();
    out.println("history");
    String row = "%-27s  %-21s  %-21s  %-28s  %-18s  %s%n";
    out.printf(row, "AT", "FROM", "TO", "TRIGGER", "BY", "COMMENT");
    for (var entry : video.historyOrEmpty()) {
      out.printf(row, entry.at(), orDash(entry.from()), entry.to(), entry.trigger(), orDash(entry.actor()),
          entry.comment() == null ? "" : entry.comment());
    }
  }

  /** As the console says it: "scene 4 of 10, 40 %, 1 scene failed, about 12 s left (message), at ...". */
  private static String progress(VideoView.Progress progress) {
    var stage = switch (progress.stage()) {
      case "QUEUED" -> "queued";
      case "ASSEMBLING" -> "assembling the video";
      default -> "scene " + progress.scenesDone() + " of " + progress.scenesTotal();
    };
    var line = new StringBuilder(stage).append(", ").append(progress.percent()).append(" %");
    if (progress.scenesFailed() > 0) {
      line.append(", ").append(progress.scenesFailed()).append(progress.scenesFailed() == 1 ? " scene" : " scenes")
          .append(" failed");
    }
    if (progress.etaSeconds() != null) {
      line.append(", about ").append(progress.etaSeconds()).append(" s left");
    }
    // the message adds to the line unless it only repeats the stage ("queued")
    if (progress.message() != null && !progress.message().isBlank() && !progress.message().equalsIgnoreCase(stage)) {
      line.append(" (").append(progress.message()).append(')');
    }
    return line.append(", reported ").append(progress.at()).toString();
  }

  private static String ifMatch(Long version) {
    return version == null ? null : "\"" + version + "\"";
  }

  private static String dollars(double amount) {
    return String.format(Locale.ROOT, "$%.2f", amount);
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
