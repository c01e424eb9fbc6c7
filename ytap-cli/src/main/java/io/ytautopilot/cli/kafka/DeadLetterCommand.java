package io.ytautopilot.cli.kafka;

import io.ytautopilot.cli.YtapCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** ytap dlq: the dead-letter topics the consumers write to (&lt;input topic&gt;.&lt;consumer group&gt;.dlq). */
@Command(name = "dlq", mixinStandardHelpOptions = true,
    description = {"Look at and redrive dead-letter topics (<input topic>.<consumer group>.dlq).",
        "A consumer that cannot handle a record, after its retries (or at once when the record cannot be decoded),"
            + " writes it to its own dead-letter topic, with the reason and the consumer in the record's headers,"
            + " and carries on."},
    subcommands = {DeadLetterListCommand.class, DeadLetterShowCommand.class, DeadLetterRedriveCommand.class})
public class DeadLetterCommand {
  static final String TOPIC_SUFFIX = ".dlq";

  @ParentCommand
  YtapCommand ytap;

  YtapCommand ytap() {
    return ytap;
  }
}
