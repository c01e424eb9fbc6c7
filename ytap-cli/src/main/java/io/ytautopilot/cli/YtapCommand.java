package io.ytautopilot.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.ytautopilot.cli.http.PipelineCommand;
import io.ytautopilot.cli.http.ProduceCommand;
import io.ytautopilot.cli.http.VideoCommand;
import io.ytautopilot.cli.kafka.DeadLetterCommand;
import io.ytautopilot.cli.kafka.ReplayCommand;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * ytap: one tool for ops and reviewers. The addresses are global options, accepted before or after
 * the subcommand; their defaults are the local dev stack, overridable by environment variables.
 */
@TopCommand
@Command(name = "ytap", mixinStandardHelpOptions = true, version = "ytap 0.1.0",
    description = "Operate yt-autopilot: dead-letter topics, consumer group replays, videos and the pipeline.",
    subcommands = {DeadLetterCommand.class, ReplayCommand.class, VideoCommand.class, PipelineCommand.class,
        ProduceCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 failure (an API refused, a replay was refused, ...), 2 usage error."})
public class YtapCommand {

  @Option(names = "--kafka", scope = ScopeType.INHERIT, paramLabel = "HOST:PORT",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
      description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS; default: ${DEFAULT-VALUE})")
  String kafka;

  @Option(names = "--registry", scope = ScopeType.INHERIT, paramLabel = "URL",
      defaultValue = "${env:YT_REGISTRY_URL:-http://127.0.0.1:8081/apis/registry/v3}",
      description = "Apicurio Registry API (env YT_REGISTRY_URL; default: ${DEFAULT-VALUE})")
  String registry;

  @Option(names = "--review-url", scope = ScopeType.INHERIT, paramLabel = "URL",
      defaultValue = "${env:YTAP_REVIEW_URL:-http://127.0.0.1:8093}",
      description = "review-service (env YTAP_REVIEW_URL; default: ${DEFAULT-VALUE})")
  URI reviewUrl;

  @Option(names = "--trend-url", scope = ScopeType.INHERIT, paramLabel = "URL",
      defaultValue = "${env:YTAP_TREND_URL:-http://127.0.0.1:8091}",
      description = "trend-service (env YTAP_TREND_URL; default: ${DEFAULT-VALUE})")
  URI trendUrl;

  @Option(names = "--production-url", scope = ScopeType.INHERIT, paramLabel = "URL",
      defaultValue = "${env:YTAP_PRODUCTION_URL:-http://127.0.0.1:8094}",
      description = "production-service (env YTAP_PRODUCTION_URL; default: ${DEFAULT-VALUE})")
  URI productionUrl;

  public String kafka() {
    return kafka;
  }

  public String registry() {
    return registry;
  }

  public URI reviewUrl() {
    return reviewUrl;
  }

  public URI trendUrl() {
    return trendUrl;
  }

  public URI productionUrl() {
    return productionUrl;
  }
}
