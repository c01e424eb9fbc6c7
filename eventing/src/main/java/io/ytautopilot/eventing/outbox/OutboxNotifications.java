package io.ytautopilot.eventing.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Listens on the PostgreSQL channel that outbox_event's insert trigger notifies in every transaction
 * that appends events (db/eventing/V0_3). PostgreSQL delivers a notification only after its
 * transaction commits, so the relay runs right after the commit instead of waiting for its next
 * scheduled pass: an event leaves within milliseconds. If the connection drops, it reconnects; the
 * scheduled pass covers the gap.
 */
@ApplicationScoped
class OutboxNotifications {
  static final String CHANNEL = "yt_outbox"; // as the trigger of db/eventing/V0_3 names it

  private final OutboxRelay relay;
  private final PgSubscriber subscriber;

  OutboxNotifications(OutboxRelay relay, Vertx vertx,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") String user,
      @ConfigProperty(name = "quarkus.datasource.password") String password) {
    this.relay = relay;
    this.subscriber = PgSubscriber.subscriber(vertx,
        PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setUser(user).setPassword(password));
    this.subscriber.reconnectPolicy(retries -> 1000L);
  }

  void listen(@Observes StartupEvent started) {
    subscriber.channel(CHANNEL).handler(ignored -> relay.wakeUp());
    subscriber.connect().subscribe().with(
        connected -> Log.debugf("listening for outbox notifications on %s", CHANNEL),
        failure -> Log.warnf(failure, "no outbox notifications (the relay still runs every second)"));
  }

  void stop(@Observes ShutdownEvent stopping) {
    subscriber.close().subscribe().with(closed -> {}, failure -> {});
  }
}
