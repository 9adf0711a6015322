// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the columns of one row by position, one after the other, in the order the query selected
 * them. Reading by name costs a name lookup per column (drivers build a map of the result's
 * column names for the first lookup of every result set), which for the one-row answers of a
 * move is a noticeable share of the work. Every read still names its column, and that name must
 * be the next one of the select list the reader was given: a reader and a select list that fall
 * out of step fail at the first row instead of reading one column's value into another.
 */
final class InOrder {
  private final ResultSet row;
  private final String[] names;
  private int at;

  /**
   * Starts before the first column.
   *
   * @param row the current row of a result set
   * @param names the select list: the names of the columns in the order the query selected them
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

  /**
   * Whether the result's first columns are labelled {@code names}, in that order (ignoring case:
   * H2 answers labels in upper case); throws naming the first column out of place otherwise. For
   * an {@code assert}: a query that selects its columns in another order than its reader reads
   * them would otherwise read one column's value into another of the same type without error.
   */
  static boolean labelled(ResultSet row, String[] names) throws SQLException {
    ResultSetMetaData labels = row.getMetaData();
    if (labels.getColumnCount() < names.length) {
      throw new IllegalStateException("the query selects " + labels.getColumnCount()
          + " columns, the reader reads " + names.length + ": " + String.join(", ", names));
    }
    for (int i = 0; i < names.length; i++) {
      String label = labels.getColumnLabel(i + 1);
      if (!label.equalsIgnoreCase(names[i])) {
        throw new IllegalStateException("column " + (i + 1) + " of the query is " + label
            + ", the reader reads " + names[i] + " there");
      }
    }
    return true;
  }

  /** The next column, {@code name}, a {@code VARCHAR} that is never NULL. */
  String string(String name) throws SQLException {
    String value = nullableString(name);
    if (value == null) {
      throw isNull(name);
    }
    return value;
  }

  /** The next column, {@code name}, a nullable {@code VARCHAR}. */
  @Nullable String nullableString(String name) throws SQLException {
    return row.getString(next(name));
  }

  /** The next column, {@code name}, a {@code TIMESTAMP WITH TIME ZONE} that is never NULL. */
  Instant instant(String name) throws SQLException {
    return optionalInstant(name).orElseThrow(() -> isNull(name));
  }

  /** The next column, {@code name}, a nullable {@code TIMESTAMP WITH TIME ZONE}. */
  Optional<Instant> optionalInstant(String name) throws SQLException {
    return Optional.ofNullable(row.getObject(next(name), OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  /** The next column, {@code name}, a {@code BINARY}/{@code BYTEA} that is never NULL. */
  byte[] bytes(String name) throws SQLException {
    byte[] value = nullableBytes(name);
    if (value == null) {
      throw isNull(name);
    }
    return value;
  }

  /** The next column, {@code name}, a nullable {@code BINARY}/{@code BYTEA}. */
  byte @Nullable [] nullableBytes(String name) throws SQLException {
    return row.getBytes(next(name));
  }

  /** The next column, {@code name}, an {@code INTEGER}. */
  int integer(String name) throws SQLException {
    return row.getInt(next(name));
  }

  /** The next column, {@code name}, a {@code BIGINT}. */
  long longInteger(String name) throws SQLException {
    return row.getLong(next(name));
  }

  /** The next column, {@code name}, a {@code BOOLEAN}. */
  boolean bool(String name) throws SQLException {
    return row.getBoolean(next(name));
  }

  /** Passes over the next columns, {@code skipped} (those of a group the row does not have). */
  void skip(String... skipped) {
    for (String name : skipped) {
      next(name);
    }
  }

  /** The position of the next column, which must be {@code name}. */
  private int next(String name) {
    if (at == names.length || !names[at].equals(name)) {
      throw new IllegalStateException("the reader reads column " + name + " at position "
          + (at + 1) + ", where the select list has "
          + (at == names.length ? "no more columns" : names[at]));
    }
    return ++at;
  }

  private static IllegalStateException isNull(String name) {
    return new IllegalStateException("column " + name + " is NULL");
  }
}
