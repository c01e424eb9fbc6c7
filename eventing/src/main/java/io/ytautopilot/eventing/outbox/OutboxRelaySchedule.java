package io.ytautopilot.eventing.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The relay's safety net: a pass every second catches whatever no notification announced (rows
 * left by a crash, a lost listener connection). It waits for the end of start-up, because the
 * relay's Kafka emitter can only be created once the messaging channels are wired.
 */
@ApplicationScoped
class OutboxRelaySchedule {
  private final OutboxRelay relay;
  private volatile boolean started;

  OutboxRelaySchedule(OutboxRelay relay) {
    this.relay = relay;
  }

  void started(@Observes StartupEvent event) {
    started = true;
  }

  @Scheduled(every = "${yt.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> relayOnSchedule() {
    return started ? relay.relayExclusively() : Uni.createFrom().voidItem();
  }
}
