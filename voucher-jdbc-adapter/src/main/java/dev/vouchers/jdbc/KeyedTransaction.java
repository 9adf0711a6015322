// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * G-3: the transaction in which a command runs under an idempotency key
 * ({@link JdbcIdempotencyKeys}). While the command runs on a thread, every port call of the
 * storage on that thread joins the connection that inserted the key, so that the key and the
 * command's writes commit together or not at all. Otherwise (and before) it is the application's
 * {@link OuterTransaction}, unchanged.
 */
final class KeyedTransaction implements OuterTransaction {
  private final OuterTransaction application;
  private final ThreadLocal<@Nullable Keyed> keyed = new ThreadLocal<>();

  /** The connection of the keyed command on its thread, and whether a call on it failed. */
  private static final class Keyed {
    final Connection connection;
    boolean failed;

    Keyed(Connection connection) {
      this.connection = connection;
    }
  }

  KeyedTransaction(OuterTransaction application) {
    this.application = application;
  }

  @Override
  public Optional<Connection> join() {
    Keyed current = keyed.get();
    return current != null ? Optional.of(current.connection) : application.join();
  }

  @Override
  public void release(Connection connection) {
    if (!isKeyed(connection)) {
      application.release(connection);
    }
  }

  @Override
  public void failed(Connection connection) {
    Keyed current = keyed.get();
    if (current != null && current.connection == connection) {
      current.failed = true;
    } else {
      application.failed(connection);
    }
  }

  private boolean isKeyed(Connection connection) {
    Keyed current = keyed.get();
    return current != null && current.connection == connection;
  }

  /** From now on the thread's port calls join {@code connection}. */
  void enter(Connection connection) {
    keyed.set(new Keyed(connection));
  }

  /**
   * The thread's port calls no longer join the keyed connection.
   *
   * @return whether a port call on it failed meanwhile (its writes may be half done)
   */
  boolean leave() {
    Keyed current = keyed.get();
    keyed.remove();
    return current != null && current.failed;
  }
}
