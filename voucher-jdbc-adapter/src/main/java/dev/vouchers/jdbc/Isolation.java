// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;

/** The isolation level of the adapter's transactions. */
public enum Isolation {
  /** Whatever the connection has (READ COMMITTED on H2 and PostgreSQL unless configured). */
  DATABASE_DEFAULT(-1),
  /** {@link Connection#TRANSACTION_READ_COMMITTED}. */
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
  /** {@link Connection#TRANSACTION_REPEATABLE_READ}. */
  REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
  /** {@link Connection#TRANSACTION_SERIALIZABLE}; expect (and the adapter retries) 40001. */
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

  private final int jdbcLevel;

  Isolation(int jdbcLevel) {
    this.jdbcLevel = jdbcLevel;
  }

  /** Whether the connection's own level is left alone. */
  boolean isDatabaseDefault() {
    return jdbcLevel < 0;
  }

  /** The {@code Connection.TRANSACTION_*} constant; not for {@link #DATABASE_DEFAULT}. */
  int jdbcLevel() {
    if (isDatabaseDefault()) {
      throw new IllegalStateException("the database default has no JDBC level");
    }
    return jdbcLevel;
  }
}
