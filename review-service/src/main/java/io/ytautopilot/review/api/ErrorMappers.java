package io.ytautopilot.review.api;

import io.ytautopilot.review.domain.IllegalTransition;
import io.ytautopilot.review.domain.StaleVersion;
import io.ytautopilot.review.persistence.VideoNotFound;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Client mistakes become 4xx answers that say what happened and what the video's state is. */
public class ErrorMappers {

  public record Problem(String error, String message, String state) {}

  @ServerExceptionMapper
  public Response illegalTransition(IllegalTransition e) {
    return conflict(new Problem("illegal-transition", e.getMessage(), e.state().name()));
  }

  @ServerExceptionMapper
  public Response staleVersion(StaleVersion e) {
    return Response.status(Response.Status.PRECONDITION_FAILED)
        .entity(new Problem("stale-version", e.getMessage(), e.state().name())).build();
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response lostRace(RuntimeException e) {
    return conflict(new Problem("concurrent-change",
        "the video was changed by another decision at the same time; reload it and decide again", null));
  }

  @ServerExceptionMapper
  public Response notFound(VideoNotFound e) {
    return Response.status(Response.Status.NOT_FOUND).entity(new Problem("not-found", e.getMessage(), null)).build();
  }

  @ServerExceptionMapper
  public Response badArgument(IllegalArgumentException e) {
    return Response.status(Response.Status.BAD_REQUEST).entity(new Problem("bad-request", e.getMessage(), null)).build();
  }

  private static Response conflict(Problem problem) {
    return Response.status(Response.Status.CONFLICT).entity(problem).build();
  }
}
