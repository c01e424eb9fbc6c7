package io.ytautopilot.cli.http;

import io.ytautopilot.cli.Refusal;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.PrintWriter;
import java.net.URI;
import java.util.function.Supplier;

/** One service's answer to one call: its status and body as sent. */
record Answer(String service, int status, String body) {

  /** Makes the call; a service that cannot be reached fails the command with its address. */
  static Answer of(String service, URI address, Supplier<Response> call) {
    try (Response response = call.get()) {
      return new Answer(service, response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
    } catch (ProcessingException unreachable) {
      throw new Refusal(service + " did not answer at " + address + ": " + rootMessage(unreachable));
    }
  }

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** Prints what the service said (its problem JSON on a 4xx) and gives the failure exit code. */
  int refused(PrintWriter err) {
    err.println(service + " answered " + status + ":");
    err.println(body.isBlank() ? "(no body)" : body);
    return 1;
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }
}
