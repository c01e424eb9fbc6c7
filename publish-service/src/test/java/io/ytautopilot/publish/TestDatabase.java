package io.ytautopilot.publish;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;

/** Plain SQL against the service's database, to set up the states a crash or a past day leaves. */
public final class TestDatabase {
  private TestDatabase() {}

  public static void sql(String statement) {
    ReactiveTransactions.await(() -> Panache.withTransaction(() -> Panache.getSession()
        .chain(session -> session.createNativeQuery(statement).executeUpdate())));
  }
}
