// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;

/**
 * L-2 on PostgreSQL: a long streamed read (a million-code export) asks pgjdbc for its rows in
 * PostgreSQL's binary format from the first execution. pgjdbc otherwise reads a statement's
 * first executions as text, and a one-off statement never gets past them: every {@code bytea}
 * then crosses the wire as hexadecimal text, which the server writes and the driver parses back,
 * and every {@code timestamptz} as a formatted date. In binary the codes' digest and sealed
 * bytes come as they are stored and a timestamp as its microseconds (ADR 0064).
 *
 * <p>A connection whose pool or proxy forbids server-side prepared statements
 * ({@code prepareThreshold=0}, as PgBouncer's transaction pooling needs) is left as it is:
 * binary rows need a prepared statement. Only this class and the two {@code COPY} writers
 * touch pgjdbc, so H2 users need not have it.
 */
final class PostgresBinaryRows {
  private PostgresBinaryRows() {}

  /**
   * Asks for binary rows for {@code statement} if the driver is pgjdbc and its connection
   * allows server-side prepared statements; otherwise changes nothing.
   */
  static void request(Connection connection, PreparedStatement statement) throws SQLException {
    if (!connection.isWrapperFor(PGConnection.class)
        || !statement.isWrapperFor(PGStatement.class)) {
      return;
    }
    if (connection.unwrap(PGConnection.class).getPrepareThreshold() > 0) {
      // a negative threshold is pgjdbc's "prepare now and transfer in binary"
      statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }
  }
}
