package io.ytautopilot.cli.kafka;

import io.ytautopilot.cli.YtapCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** ytap dlq: the dead-letter topics the consumers write to (dead-letter-topic-&lt;channel&gt;). */
@Command(name = "dlq", mixinStandardHelpOptions = true,
    description = {"Look at and redrive dead-letter topics (dead-letter-topic-<channel>).",
        "A consumer that cannot handle a record writes it to its channel's dead-letter topic, with the reason in the"
            + " record's headers, and carries on."},
    subcommands = {DeadLetterListCommand.class, DeadLetterShowCommand.class, DeadLetterRedriveCommand.class})
public class DeadLetterCommand {
  static final String TOPIC_PREFIX = "dead-letter-topic-";

  @ParentCommand
  YtapCommand ytap;

  YtapCommand ytap() {
    return ytap;
  }
}
