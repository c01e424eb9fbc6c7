package io.ytautopilot.eventing.outbox;

import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One trace per video. The first trace a service sees a video in (the trace of the first consumed
 * event about it, or of the first event it appends about it) is remembered in video_trace; every
 * event the service appends about the video later continues that trace, also when an API call
 * (a reviewer's approval) or a background job (a render) causes it rather than a consumed event.
 * Since every service remembers the trace it received the video in, the video's events form one
 * trace across all of them.
 */
@ApplicationScoped
public class VideoTraces {
  /** Vert.x context local: the video the record being handled on that context is about. */
  private static final String CONSUMED_VIDEO = "yt.consumed-video";
  private static final String REMEMBER =
      "insert into video_trace (video_id, traceparent) values (:video, :traceparent) on conflict do nothing";

  /** Called for each consumed record, on the Vert.x context its handler runs on. */
  public static void consuming(io.vertx.core.Context handlerContext, String videoId) {
    handlerContext.putLocal(CONSUMED_VIDEO, videoId);
  }

  /**
   * Inside the handler's transaction: remembers the consumed event's trace as its video's, unless
   * the video has one already.
   */
  public Uni<Void> rememberConsumed() {
    var handlerContext = Vertx.currentContext();
    String videoId = handlerContext == null ? null : handlerContext.getLocal(CONSUMED_VIDEO);
    String traceparent = TraceParents.of(Context.current());
    return videoId == null || traceparent == null ? Uni.createFrom().voidItem() : remember(videoId, traceparent);
  }

  /** The video's trace: the remembered one, else the current one, which then becomes the video's. */
  Uni<String> traceOf(String videoId) {
    // found by id, so no query is planned (a native query is planned again on every run, docs/performance.md)
    return Panache.getSession().chain(session -> session.find(VideoTrace.class, videoId))
        .chain(known -> {
          if (known != null) {
            return Uni.createFrom().item(known.traceparent);
          }
          String current = TraceParents.of(Context.current());
          return current == null ? Uni.createFrom().nullItem() : remember(videoId, current).replaceWith(current);
        });
  }

  private Uni<Void> remember(String videoId, String traceparent) {
    return Panache.getSession().chain(session -> session.createNativeQuery(REMEMBER)
        .setParameter("video", videoId).setParameter("traceparent", traceparent).executeUpdate()).replaceWithVoid();
  }
}
