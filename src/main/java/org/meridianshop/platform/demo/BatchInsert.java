package org.meridianshop.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One insert statement run for many rows, sent to the database a few hundred rows at a time.
 * Closing it sends the rest.
 */
final class BatchInsert implements AutoCloseable {

  private static final int ROWS_PER_BATCH = 250;

  private final PreparedStatement statement;
  private final boolean collectsIds;
  private final List<Long> ids = new ArrayList<>();
  private int pending;

  private BatchInsert(PreparedStatement statement, boolean collectsIds) {
    this.statement = statement;
    this.collectsIds = collectsIds;
  }

  static BatchInsert of(Connection connection, String sql) throws SQLException {
    return new BatchInsert(connection.prepareStatement(sql), false);
  }

  /** For tables without a natural key: the generated ids are collected, in insert order. */
  static BatchInsert collectingIds(Connection connection, String sql) throws SQLException {
    return new BatchInsert(connection.prepareStatement(sql, new String[] {"id"}), true);
  }

  void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
    if (++pending == ROWS_PER_BATCH) {
      flush();
    }
  }

  /** The ids of all rows added so far. */
  List<Long> ids() throws SQLException {
    flush();
    return List.copyOf(ids);
  }

  @Override
  public void close() throws SQLException {
    try {
      flush();
    } finally {
      statement.close();
    }
  }

  private void flush() throws SQLException {
    if (pending == 0) {
      return;
    }
    statement.executeBatch();
    pending = 0;
    if (collectsIds) {
      try (var keys = statement.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
    }
  }
}
