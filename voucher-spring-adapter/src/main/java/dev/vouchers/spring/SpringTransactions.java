// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.jdbc.OuterTransaction;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the JDBC adapter join the shop's Spring transaction: when a transaction manager over the
 * same {@link DataSource} (JdbcTransactionManager, DataSourceTransactionManager,
 * JpaTransactionManager) has a transaction open on this thread, the library works on its
 * connection, so a shop that rolls back its own order rolls back the vouchers and their outbox
 * rows too; a library call that fails marks the shop's transaction rollback-only. Otherwise
 * the adapter opens its own transaction.
 */
final class SpringTransactions implements OuterTransaction {
  private final DataSource dataSource;

  SpringTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Connection> join() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !(TransactionSynchronizationManager.getResource(dataSource)
            instanceof ConnectionHolder)) {
      // no transaction, or one of another resource: its connection is not ours to share
      return Optional.empty();
    }
    return Optional.of(DataSourceUtils.getConnection(dataSource));
  }

  /** A failed call may have written half a change: the shop's transaction must not commit. */
  @Override
  public void failed(Connection connection) {
    if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder
        holder) {
      holder.setRollbackOnly();
    }
  }

  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }
}
