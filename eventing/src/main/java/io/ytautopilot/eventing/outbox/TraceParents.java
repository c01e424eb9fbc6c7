package io.ytautopilot.eventing.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A trace context as the W3C traceparent text the outbox stores, and back. */
final class TraceParents {
  private static final String TRACEPARENT = "traceparent";
  private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(String traceparent) {
      return Set.of(TRACEPARENT);
    }

    @Override
    public String get(String traceparent, String key) {
      return TRACEPARENT.equals(key) ? traceparent : null;
    }
  };

  private TraceParents() {}

  /** The traceparent of the context's span, or null when it has none (nothing to continue). */
  static String of(Context context) {
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
    return carrier.get(TRACEPARENT);
  }

  /** A context whose (remote) span is the stored one: the parent of the relay's producer span. */
  static Context context(String traceparent) {
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, STORED);
  }
}
