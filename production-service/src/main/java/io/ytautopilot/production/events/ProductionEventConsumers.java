package io.ytautopilot.production.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.production.persistence.VideoProduction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin transport adapter: decode, delegate, and let a failure nack the record (dead-letter topic). */
@ApplicationScoped
public class ProductionEventConsumers {
  private final VideoProduction production;
  private final ProductionEventMapper mapper;

  public ProductionEventConsumers(VideoProduction production, ProductionEventMapper mapper) {
    this.production = production;
    this.mapper = mapper;
  }

  @Incoming("script-approved")
  @Blocking // a render takes seconds: a worker thread, one record at a time, never the event loop
  public void onScriptApproved(ScriptApproved event) {
    if (event == null) { // undecodable bytes are dead-lettered by the connector; this is an empty value
      throw new IllegalArgumentException("a record on yt.script.approved carries no ScriptApproved");
    }
    production.produce(event.getEventId(), mapper.toOrder(event));
  }
}
