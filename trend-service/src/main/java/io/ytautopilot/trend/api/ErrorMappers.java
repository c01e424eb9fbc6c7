package io.ytautopilot.trend.api;

import io.quarkus.hibernate.validator.runtime.jaxrs.ViolationReport;
import io.ytautopilot.trend.domain.UnknownWorkspace;
import io.ytautopilot.trend.domain.WorkspaceExists;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Client mistakes become 4xx answers that say what happened. */
public class ErrorMappers {

  public record Problem(String error, String message) {}

  @ServerExceptionMapper
  public Response unknown(UnknownWorkspace e) {
    return Response.status(Response.Status.NOT_FOUND).entity(new Problem("not-found", e.getMessage())).build();
  }

  @ServerExceptionMapper
  public Response exists(WorkspaceExists e) {
    return Response.status(Response.Status.CONFLICT).entity(new Problem("exists", e.getMessage())).build();
  }

  /** The same shape as Bean Validation's answers, so clients read one kind of 400. */
  @ServerExceptionMapper
  public Response fieldError(FieldError e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(new ViolationReport("Constraint Violation", Response.Status.BAD_REQUEST,
            List.of(new ViolationReport.Violation(e.field, e.getMessage()))))
        .build();
  }
}
