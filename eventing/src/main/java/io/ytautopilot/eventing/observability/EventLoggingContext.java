package io.ytautopilot.eventing.observability;

import io.quarkus.vertx.core.runtime.VertxMDC;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.PublisherDecorator;
import io.smallrye.reactive.messaging.providers.locals.LocalContextMetadata;
import io.ytautopilot.eventing.outbox.VideoTraces;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.IndexedRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every record a service consumes, on every incoming channel: the event, video and workspace it
 * concerns go into the logging context of the Vert.x context its handler runs on, so each log line
 * written while handling it names them, beside the traceId and spanId of the consumer's span; and
 * its video is noted for {@link VideoTraces}. Runs after OpenTelemetry's decorator (priority 1000),
 * which resets that logging context when it attaches the record's trace.
 */
@ApplicationScoped
public class EventLoggingContext implements PublisherDecorator {
  static final String[] CORRELATION_FIELDS = {"eventId", "videoId", "workspaceId"};

  @Override
  public int getPriority() {
    return 2000;
  }

  @Override
  public Multi<? extends Message<?>> decorate(Multi<? extends Message<?>> publisher, List<String> channelName,
      boolean isConnector) {
    return isConnector ? publisher.invoke(EventLoggingContext::name) : publisher;
  }

  private static void name(Message<?> message) {
    var context = message.getMetadata(LocalContextMetadata.class).map(LocalContextMetadata::context);
    if (context.isPresent() && message.getPayload() instanceof IndexedRecord event) {
      for (String name : CORRELATION_FIELDS) {
        var value = valueOf(event, name);
        if (value != null) {
          VertxMDC.INSTANCE.put(name, value, context.get());
        }
      }
      var videoId = valueOf(event, "videoId");
      if (videoId != null) {
        VideoTraces.consuming(context.get(), videoId);
      }
    }
  }

  /** The field's value as text, or null when the event has no such field. */
  static String valueOf(IndexedRecord event, String name) {
    var field = ((GenericContainer) event).getSchema().getField(name);
    if (field == null) {
      return null;
    }
    Object value = event.get(field.pos());
    return value == null ? null : value.toString();
  }
}
