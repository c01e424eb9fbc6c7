package io.ytautopilot.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * review-service's database, read the way an operator would with psql: how many videos of the run's
 * workspace exist (B2), and removing the run's rows afterwards so the dev stack's queue stays usable.
 */
final class ReviewDatabase implements AutoCloseable {
  private final Connection connection;

  ReviewDatabase(Settings settings) throws SQLException {
    this.connection = DriverManager.getConnection(settings.jdbcUrl("review"), settings.serviceDatabaseUser(),
        settings.serviceDatabasePassword());
  }

  long videos(String workspace) throws SQLException {
    return count("select count(*) from video where workspace_id = ?", workspace);
  }

  long videos(String workspace, String state) throws SQLException {
    return count("select count(*) from video where workspace_id = ? and state = ?", workspace, state);
  }

  /** Outbox rows of the workspace's videos that the relay has not published yet. */
  long unpublishedEvents(String workspace) throws SQLException {
    return count("select count(*) from outbox_event where published_at is null and aggregate_id in"
        + " (select id::text from video where workspace_id = ?)", workspace);
  }

  String serverVersion() throws SQLException {
    try (var statement = connection.createStatement(); var rows = statement.executeQuery("show server_version")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** Deletes the workspace's videos with their history, published outbox rows and inbox entries, in one transaction. */
  long deleteWorkspace(String workspace, List<String> inboxEventIds) throws SQLException {
    connection.setAutoCommit(false);
    try {
      execute("delete from video_history where video_id in (select id from video where workspace_id = ?)", workspace);
      execute("delete from outbox_event where aggregate_id in (select id::text from video where workspace_id = ?)", workspace);
      long deleted = execute("delete from video where workspace_id = ?", workspace);
      try (var statement = connection.prepareStatement("delete from inbox_event where event_id = any(?)")) {
        statement.setArray(1, connection.createArrayOf("varchar", inboxEventIds.toArray()));
        statement.executeUpdate();
      }
      connection.commit();
      return deleted;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private long count(String sql, Object... parameters) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private long execute(String sql, Object parameter) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      return statement.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
