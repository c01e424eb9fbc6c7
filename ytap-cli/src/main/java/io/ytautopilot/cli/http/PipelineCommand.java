package io.ytautopilot.cli.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.cli.YtapCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Run the pipeline for a workspace now.",
        "trend-service fetches trends (POST /workspaces/{W}/fetch) and emits TrendsFetched; editorial-service"
            + " drafts a script from that event, which then waits for Gate 1 in review-service.",
        "A source fetched less than an hour ago answers from trend-service's cache, unless --force."})
public class PipelineCommand implements Callable<Integer> {
  private final ObjectMapper json;

  @ParentCommand
  YtapCommand ytap;

  @Spec
  CommandSpec spec;

  @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace, e.g. demo")
  String workspace;

  @Option(names = "--force", description = "fetch every source again, even one fetched less than an hour ago")
  boolean force;

  public PipelineCommand(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Integer call() throws Exception {
    var trends = Apis.client(TrendApi.class, ytap.trendUrl());
    var answer = Answer.of("trend-service", ytap.trendUrl(), () -> trends.fetch(workspace, force));
    if (!answer.ok()) {
      return answer.refused(spec.commandLine().getErr());
    }
    var fetched = json.readTree(answer.body());
    spec.commandLine().getOut().printf("fetched %d trends for workspace %s (fetch %s); editorial-service drafts"
            + " a script from the TrendsFetched event, then it waits for Gate 1%n",
        fetched.path("trendCount").asInt(), fetched.path("workspaceId").asText(workspace),
        fetched.path("fetchId").asText("?"));
    for (var source : fetched.path("sources")) {
      spec.commandLine().getOut().printf("  %-24s %-8s %3d items%s%n", source.path("name").asText(),
          source.path("status").asText(), source.path("items").asInt(),
          source.path("failure").isTextual() ? "  (" + source.path("failure").asText() + ")" : "");
    }
    return 0;
  }
}
