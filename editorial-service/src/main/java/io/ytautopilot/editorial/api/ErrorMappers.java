package io.ytautopilot.editorial.api;

import io.ytautopilot.editorial.persistence.ScriptNotFound;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Client mistakes become 4xx answers that say what happened. */
public class ErrorMappers {

  public record Problem(String error, String message) {}

  @ServerExceptionMapper
  public Response notFound(ScriptNotFound e) {
    return Response.status(Response.Status.NOT_FOUND).entity(new Problem("not-found", e.getMessage())).build();
  }
}
