package io.ytautopilot.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.PrintWriter;
import picocli.CommandLine;

/** How ytap reports: output flushed line by line, and a failure as one line instead of a stack trace. */
@ApplicationScoped
class CommandLineSetup {

  @Produces
  CommandLine commandLine(PicocliCommandLineFactory factory) {
    return factory.create()
        .setOut(new PrintWriter(System.out, true))
        .setErr(new PrintWriter(System.err, true))
        .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + Failures.describe(failure));
          return 1;
        });
  }
}
