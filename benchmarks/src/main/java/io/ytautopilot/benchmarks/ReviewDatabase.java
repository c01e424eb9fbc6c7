package io.ytautopilot.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * review-service's database, read the way an operator would with psql: how many videos of the run's
 * workspace exist (B2), where B4's videos stand and when they got there, and removing the run's rows
 * afterwards so the dev stack's queue stays usable.
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

  /** A video of the run as review-service holds it now. */
  record VideoRow(UUID id, String workspace, String state) {}

  /** Every video of the workspaces whose id is LIKE the pattern (a plain workspace id names just that one). */
  List<VideoRow> videosLike(String workspacePattern) throws SQLException {
    try (var statement = connection.prepareStatement("select id, workspace_id, state from video where workspace_id like ?")) {
      statement.setString(1, workspacePattern);
      try (var rows = statement.executeQuery()) {
        List<VideoRow> videos = new ArrayList<>();
        while (rows.next()) {
          videos.add(new VideoRow(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
        }
        return videos;
      }
    }
  }

  /** When each video of the matching workspaces first entered the state, from its history. */
  Map<UUID, Instant> firstEntered(String workspacePattern, String state) throws SQLException {
    try (var statement = connection.prepareStatement("select h.video_id, min(h.occurred_at) from video_history h"
        + " join video v on v.id = h.video_id where v.workspace_id like ? and h.to_state = ? group by h.video_id")) {
      statement.setString(1, workspacePattern);
      statement.setString(2, state);
      try (var rows = statement.executeQuery()) {
        Map<UUID, Instant> entered = new HashMap<>();
        while (rows.next()) {
          entered.put(rows.getObject(1, UUID.class), rows.getObject(2, OffsetDateTime.class).toInstant());
        }
        return entered;
      }
    }
  }

  /** Outbox rows of the matching workspaces' videos that the relay has not published yet. */
  long unpublishedEvents(String workspacePattern) throws SQLException {
    return count("select count(*) from outbox_event where published_at is null and aggregate_id in"
        + " (select id::text from video where workspace_id like ?)", workspacePattern);
  }

  String serverVersion() throws SQLException {
    try (var statement = connection.createStatement(); var rows = statement.executeQuery("show server_version")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /**
   * Deletes the matching workspaces' videos with everything review-service keeps about them (history,
   * script revisions, cost figures, progress, published outbox rows) and the inbox entries of the
   * events behind their transitions, in one transaction.
   */
  long deleteVideos(String workspacePattern) throws SQLException {
    String videos = "(select id from video where workspace_id like ?)";
    connection.setAutoCommit(false);
    try {
      execute("delete from inbox_event where event_id in (select event_id from video_history where event_id is not null"
          + " and video_id in " + videos + ")", workspacePattern);
      for (String table : List.of("video_history", "script_revision", "cost_estimate", "generation_progress")) {
        execute("delete from " + table + " where video_id in " + videos, workspacePattern);
      }
      execute("delete from outbox_event where aggregate_id in (select id::text from video where workspace_id like ?)",
          workspacePattern);
      long deleted = execute("delete from video where workspace_id like ?", workspacePattern);
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
