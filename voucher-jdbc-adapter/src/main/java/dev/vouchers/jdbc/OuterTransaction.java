// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.util.Optional;

/**
 * A transaction the embedding application has open, which the adapter's calls join instead of
 * opening their own: when a shop places an order inside its own transaction, the order, its
 * vouchers and the outbox rows of its moves commit or roll back with the shop's own rows.
 *
 * <p>Before each port call (each unit of work) the adapter asks {@link #join()}. When it gives a
 * connection, the adapter runs the unit on that connection and calls {@link #release} with it
 * when done, whether the unit succeeded or not. On a joined connection the adapter never
 * commits, rolls back, closes it, or changes its auto-commit or isolation level (the
 * {@linkplain JdbcStorage.Builder#isolation configured isolation} applies only to the adapter's
 * own transactions); it sets and releases savepoints where a unit must take back its own writes
 * and carry on (a code clash while storing an order, a voucher moved while its order was being
 * cancelled). When {@link #join()} is empty, the adapter opens, commits and closes a
 * transaction of its own, as without this SPI.
 *
 * <p>A unit of work on a joined connection runs once. A serialization failure or deadlock cannot
 * be retried by the adapter inside someone else's transaction: it surfaces as a
 * {@link JdbcStorageException}, as does any other failed statement, and the application must
 * roll back its transaction (and may retry all of it). On PostgreSQL a failed statement aborts
 * the transaction anyway.
 *
 * <p>An integration with a transaction manager implements this interface. For Spring,
 * {@code join()} gives {@code DataSourceUtils.getConnection(dataSource)} when a transaction
 * holds a connection of that data source on the thread
 * ({@code TransactionSynchronizationManager.getResource(dataSource)}), and empty otherwise;
 * {@code release} hands the connection back with {@code DataSourceUtils.releaseConnection} and
 * {@code failed} marks the transaction rollback-only. The
 * adapter stays free of any such dependency:
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder(dataSource).outerTransaction(springTx).build();
 * }</pre>
 *
 * <p>The connection must belong to the same database (and schema) as the storage's data
 * source, and on PostgreSQL it must unwrap to pgjdbc's {@code PGConnection} (pool proxies such
 * as HikariCP's do), since orders are written with {@code COPY}.
 */
public interface OuterTransaction {

  /**
   * The connection of a transaction the application has open on the calling thread for the
   * storage's data source, with auto-commit off; empty when there is none.
   */
  Optional<Connection> join();

  /**
   * Called once for every connection {@link #join()} gave, when the adapter is done with it
   * (after the unit of work succeeded or failed). The default does nothing.
   *
   * @param connection the connection {@link #join()} gave
   */
  default void release(Connection connection) {}

  /**
   * Called, before {@link #release}, when a unit of work on a joined connection failed: it may
   * have written part of what it meant to, so the application's transaction must not commit.
   * An integration marks it rollback-only (Spring: {@code ConnectionHolder.setRollbackOnly()}),
   * so that a shop that catches the exception and carries on cannot commit half a change. The
   * default does nothing.
   *
   * @param connection the connection {@link #join()} gave
   */
  default void failed(Connection connection) {}

  /** No outer transaction ever: every port call runs in a transaction of its own (the default). */
  static OuterTransaction none() {
    return Optional::empty;
  }
}
