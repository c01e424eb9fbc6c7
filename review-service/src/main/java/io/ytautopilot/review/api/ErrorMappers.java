package io.ytautopilot.review.api;

import io.ytautopilot.review.domain.AccessDenied;
import io.ytautopilot.review.domain.ComplianceBlocked;
import io.ytautopilot.review.domain.IllegalTransition;
import io.ytautopilot.review.domain.StaleVersion;
import io.ytautopilot.review.persistence.IdempotentCommands.KeyReused;
import io.ytautopilot.review.persistence.VideoNotFound;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Client mistakes become 4xx answers that say what happened and, where it matters, the video's state. */
public class ErrorMappers {

  public record Problem(String error, String message, String state) {}

  /** The status and problem for a client error; empty for anything else (a server error). */
  static Optional<Response> problem(Throwable failure) {
    if (failure instanceof IllegalTransition e) {
      return answer(Response.Status.CONFLICT, "illegal-transition", e.getMessage(), e.state().name());
    }
    if (failure instanceof StaleVersion e) {
      return answer(Response.Status.PRECONDITION_FAILED, "stale-version", e.getMessage(), e.state().name());
    }
    if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
      return answer(Response.Status.CONFLICT, "concurrent-change",
          "the video was changed by another decision at the same time; reload it and decide again", null);
    }
    if (failure instanceof VideoNotFound e) {
      return answer(Response.Status.NOT_FOUND, "not-found", e.getMessage(), null);
    }
    if (failure instanceof AccessDenied e) {
      return answer(Response.Status.FORBIDDEN, "forbidden", e.getMessage(), null);
    }
    if (failure instanceof ComplianceBlocked e) {
      return answer(422, "compliance-blocked", e.getMessage(), null);
    }
    if (failure instanceof KeyReused e) {
      return answer(422, "idempotency-key-reused", e.getMessage(), null);
    }
    if (failure instanceof IllegalArgumentException e) {
      return answer(Response.Status.BAD_REQUEST, "bad-request", e.getMessage(), null);
    }
    return Optional.empty();
  }

  @ServerExceptionMapper({IllegalTransition.class, StaleVersion.class, OptimisticLockException.class,
      StaleStateException.class, VideoNotFound.class, AccessDenied.class, ComplianceBlocked.class, KeyReused.class,
      IllegalArgumentException.class})
  public Response clientError(RuntimeException e) {
    return problem(e).orElseThrow(() -> e);
  }

  private static Optional<Response> answer(Response.Status status, String error, String message, String state) {
    return answer(status.getStatusCode(), error, message, state);
  }

  private static Optional<Response> answer(int status, String error, String message, String state) {
    return Optional.of(Response.status(status).entity(new Problem(error, message, state)).build());
  }
}
