// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;

/**
 * The pool of the property example that runs, over a fresh database (H2) or schema
 * (PostgreSQL) per example; opening the next closes the last, and {@link #close()} after each
 * test closes what is left.
 */
final class ExamplePool implements AutoCloseable {
  private Optional<HikariDataSource> current = Optional.empty();

  /**
   * A fresh storage for the next example.
   *
   * @param database where
   * @param connections the pool's size (a parallel check needs one per thread, and one more)
   * @return the adapter over the new pool
   */
  JdbcStorage fresh(TestDatabase database, int connections) {
    close();
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.freshDataSource());
    config.setMaximumPoolSize(connections);
    config.setMinimumIdle(1);
    HikariDataSource pool = new HikariDataSource(config);
    current = Optional.of(pool);
    return database.storageOver(pool);
  }

  /** The pool of the example that runs. */
  javax.sql.DataSource current() {
    return current.orElseThrow(() -> new IllegalStateException("no example runs"));
  }

  @Override
  public void close() {
    current.ifPresent(HikariDataSource::close);
    current = Optional.empty();
  }
}
