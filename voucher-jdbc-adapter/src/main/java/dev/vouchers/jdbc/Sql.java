// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Binding and reading helpers shared by the adapters. */
final class Sql {
  private Sql() {}

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface Row<T> {
    /** The value of the current row. */
    T map(ResultSet row) throws SQLException;
  }

  /** Binds the statement's parameters. */
  @FunctionalInterface
  interface Binder {
    /** Sets the parameters. */
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Every row of the query, mapped, in the query's order. */
  static <T> List<T> list(Connection connection, String sql, Binder binder, Row<T> row)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(row.map(rows));
        }
        return List.copyOf(result);
      }
    }
  }

  /** The query's only row, if any; more than one is a broken invariant. */
  static <T> Optional<T> one(Connection connection, String sql, Binder binder, Row<T> row)
      throws SQLException {
    List<T> rows = list(connection, sql, binder, row);
    if (rows.size() > 1) {
      throw new IllegalStateException("expected at most one row, got " + rows.size() + ": " + sql);
    }
    return rows.stream().findFirst();
  }

  /** Runs an update; the number of rows it changed. */
  static int update(Connection connection, String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    }
  }

  /**
   * Binds an instant as {@code TIMESTAMP WITH TIME ZONE} at UTC, truncated to the microsecond
   * that H2 and PostgreSQL store (so that what is read back equals what was written).
   */
  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(index,
        OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
  }

  /** Binds an optional instant; empty is SQL NULL. */
  static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant)
      throws SQLException {
    if (instant.isPresent()) {
      setInstant(statement, index, instant.get());
    } else {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column that is never NULL. */
  static Instant instant(ResultSet row, String column) throws SQLException {
    return optionalInstant(row, column).orElseThrow(
        () -> new IllegalStateException("column " + column + " is NULL"));
  }

  /** Reads a nullable {@code TIMESTAMP WITH TIME ZONE} column. */
  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  /** Reads a {@code VARCHAR} column that is never NULL. */
  static String string(ResultSet row, String column) throws SQLException {
    String value = row.getString(column);
    if (value == null) {
      throw new IllegalStateException("column " + column + " is NULL");
    }
    return value;
  }

  /** {@code count} parameter marks, {@code ?, ?, ?}: for an {@code IN} list or a row of values. */
  static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** One parameter mark per column of a column list: {@code "a, b, c"} gives {@code ?, ?, ?}. */
  static String marksFor(String columns) {
    return marks(columns.split(",").length);
  }

  /**
   * PostgreSQL: the SQL text of an instant as {@link Instant#toString()} prints it (no
   * fraction, or 3 or 6 digits of one: a column holds microseconds), URL-encoded as
   * {@code Rows.encode} writes a value ({@code :} as {@code %3A}), from an expression that is
   * the instant as a UTC {@code timestamp} (e.g. {@code column AT TIME ZONE 'UTC'}). Used where
   * a set-based statement writes a history row's data in SQL: the expiry sweeps of vouchers
   * ({@code ExpirySweeps.EXPIRE_POSTGRESQL}) and of invitations.
   */
  static String instantText(String utc) {
    return "to_char(" + utc + ", 'YYYY-MM-DD\"T\"HH24\"%3A\"MI\"%3A\"SS')"
        + " || CASE WHEN to_char(" + utc + ", 'US') = '000000' THEN ''"
        + " WHEN to_char(" + utc + ", 'US') LIKE '%000' THEN '.' || to_char(" + utc + ", 'MS')"
        + " ELSE '.' || to_char(" + utc + ", 'US') END || 'Z'";
  }
}
