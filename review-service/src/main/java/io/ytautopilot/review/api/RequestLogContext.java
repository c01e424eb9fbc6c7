package io.ytautopilot.review.api;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A reviewer's call about one video logs with the video's id, as the events about it do. */
public class RequestLogContext {

  @ServerRequestFilter
  public void videoOfRequest(UriInfo uri) {
    String videoId = uri.getPathParameters().getFirst("id");
    if (videoId != null) {
      MDC.put("videoId", videoId);
    }
  }
}
