package dev.vouchers.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the columns of one row by position, one after the other, in the order the query selected
 * them. Reading by name costs a name lookup per column (drivers build a map of the result's
 * column names for the first lookup of every result set), which for the one-row answers of a
 * move is a noticeable share of the work. The names are kept for error messages only.
 */
final class InOrder {
  private final ResultSet row;
  private final String[] names;
  private int at;

  /**
   * Starts before the first column.
   *
   * @param row the current row of a result set
   * @param names the names of the columns in the order the query selected them
   */
  InOrder(ResultSet row, String[] names) {
    this.row = row;
    this.names = names;
  }

  /** The column names of a select list such as {@code "id, order_id, status"}. */
  static String[] names(String columns) {
    String[] names = columns.split(",");
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].strip();
    }
    return names;
  }

  /** The next column, a {@code VARCHAR} that is never NULL. */
  String string() throws SQLException {
    String value = nullableString();
    if (value == null) {
      throw isNull();
    }
    return value;
  }

  /** The next column, a nullable {@code VARCHAR}. */
  @Nullable String nullableString() throws SQLException {
    return row.getString(++at);
  }

  /** The next column, a {@code TIMESTAMP WITH TIME ZONE} that is never NULL. */
  Instant instant() throws SQLException {
    return optionalInstant().orElseThrow(this::isNull);
  }

  /** The next column, a nullable {@code TIMESTAMP WITH TIME ZONE}. */
  Optional<Instant> optionalInstant() throws SQLException {
    return Optional.ofNullable(row.getObject(++at, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  /** The next column, a {@code BINARY}/{@code BYTEA} that is never NULL. */
  byte[] bytes() throws SQLException {
    byte[] value = nullableBytes();
    if (value == null) {
      throw isNull();
    }
    return value;
  }

  /** The next column, a nullable {@code BINARY}/{@code BYTEA}. */
  byte @Nullable [] nullableBytes() throws SQLException {
    return row.getBytes(++at);
  }

  /** The next column, an {@code INTEGER}. */
  int integer() throws SQLException {
    return row.getInt(++at);
  }

  /** The next column, a {@code BIGINT}. */
  long longInteger() throws SQLException {
    return row.getLong(++at);
  }

  /** The next column, a {@code BOOLEAN}. */
  boolean bool() throws SQLException {
    return row.getBoolean(++at);
  }

  /** Passes over the next {@code count} columns (those of a group the row does not have). */
  void skip(int count) {
    at += count;
  }

  private IllegalStateException isNull() {
    return new IllegalStateException("column " + names[at - 1] + " is NULL");
  }
}
