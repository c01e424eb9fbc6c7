package io.ytautopilot.review.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The outbox relay's cue: the outbox table itself notifies channel yt_outbox when a transaction that
 * appended events commits (the relay then runs at once instead of at its next scheduled pass), and
 * stays silent for one that rolls back. Rows are inserted as already published, so the running
 * service's relay has nothing to send.
 */
@QuarkusTest
class OutboxNotificationTests {
  private static final String CHANNEL = "yt_outbox";

  @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url;
  @ConfigProperty(name = "quarkus.datasource.username") String user;
  @ConfigProperty(name = "quarkus.datasource.password") String password;

  private final List<UUID> inserted = new ArrayList<>();

  @Test
  void aCommittedAppendNotifiesOnceAndARolledBackOneNever() throws SQLException {
    try (var listener = DriverManager.getConnection(url, user, password);
        var writer = DriverManager.getConnection(url, user, password)) {
      listener.createStatement().execute("listen " + CHANNEL);
      writer.setAutoCommit(false);

      insertPublishedRow(writer);
      writer.rollback();
      assertThat(notifications(listener, 500)).as("after a rollback").isEmpty();

      insertPublishedRow(writer);
      insertPublishedRow(writer);
      assertThat(notifications(listener, 500)).as("before the commit").isEmpty();
      writer.commit();
      assertThat(notifications(listener, 5_000)).as("after the commit of two appends")
          .extracting(PGNotification::getName).containsExactly(CHANNEL);
    }
  }

  @AfterEach
  void removeRows() throws SQLException {
    try (var connection = DriverManager.getConnection(url, user, password);
        var delete = connection.prepareStatement("delete from outbox_event where id = ?")) {
      for (UUID id : inserted) {
        delete.setObject(1, id);
        delete.executeUpdate();
      }
    }
  }

  private void insertPublishedRow(Connection connection) throws SQLException {
    var id = UUID.randomUUID();
    try (var insert = connection.prepareStatement("insert into outbox_event (id, aggregate_type, aggregate_id, type,"
        + " topic, payload, occurred_at, published_at) values (?, 'Test', 'notification-test', 'Test', 'yt.test', ?, ?, ?)")) {
      var now = Timestamp.from(Instant.now());
      insert.setObject(1, id);
      insert.setBytes(2, new byte[] {0});
      insert.setTimestamp(3, now);
      insert.setTimestamp(4, now);
      insert.executeUpdate();
    }
    inserted.add(id);
  }

  /** The notifications that arrive within the timeout (waits the whole timeout only when none come). */
  private static List<PGNotification> notifications(Connection listener, int timeoutMillis) throws SQLException {
    PGNotification[] arrived = listener.unwrap(PGConnection.class).getNotifications(timeoutMillis);
    return arrived == null ? List.of() : Arrays.asList(arrived);
  }
}
