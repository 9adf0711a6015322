// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * An application's transaction as a test opens it: a connection with auto-commit off, held by
 * the opening thread until the test commits or rolls it back (as a transaction manager binds
 * one to the thread). Counts how often the adapter joined it and released it, and checks that
 * the adapter released the connection it was given.
 */
final class ThreadLocalTransaction implements OuterTransaction {
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final AtomicInteger joins = new AtomicInteger();
  private final AtomicInteger releases = new AtomicInteger();
  private final AtomicInteger asked = new AtomicInteger();

  /** Opens a transaction on the calling thread, with a connection of the data source. */
  Connection begin(DataSource dataSource) throws SQLException {
    if (current.get() != null) {
      throw new IllegalStateException("a transaction is open on this thread already");
    }
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    current.set(connection);
    return connection;
  }

  /** Commits the calling thread's transaction and closes its connection. */
  void commit() throws SQLException {
    try (Connection connection = end()) {
      connection.commit();
    }
  }

  /** Rolls the calling thread's transaction back and closes its connection. */
  void rollback() throws SQLException {
    try (Connection connection = end()) {
      connection.rollback();
    }
  }

  private Connection end() {
    Connection connection = current.get();
    if (connection == null) {
      throw new IllegalStateException("no transaction is open on this thread");
    }
    current.remove();
    return connection;
  }

  @Override
  public Optional<Connection> join() {
    asked.incrementAndGet();
    Optional<Connection> connection = Optional.ofNullable(current.get());
    connection.ifPresent(c -> joins.incrementAndGet());
    return connection;
  }

  @Override
  public void release(Connection connection) {
    if (connection != current.get()) {
      throw new IllegalStateException("released a connection that is not the open transaction's");
    }
    releases.incrementAndGet();
  }

  /** How often the adapter asked for a transaction to join. */
  int asked() {
    return asked.get();
  }

  /** How often the adapter joined an open transaction. */
  int joins() {
    return joins.get();
  }

  /** How often the adapter released a joined connection. */
  int releases() {
    return releases.get();
  }
}
