// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * O-5, L-1: keyset pages of a newest-first listing (time descending, id ascending), whatever the
 * store's size (ADR 0031).
 *
 * <p>A listing's filter is a union of {@link Range}s, each one an index range of one partner
 * (a status filter is one range per status: an index that begins with partner and status
 * yields each range in the listing's order, where a single {@code status IN (...)} range would
 * have to be sorted whole). A page reads at most one more row than its size from each range
 * after the cursor and merges them. The first page also counts the matching rows, at most
 * {@link Page.Total#CAP} + 1 of each range; the cursor carries that total on, so no later page
 * counts.
 */
final class Listing {
  private Listing() {}

  /**
   * One index range of a listing.
   *
   * @param condition a SQL condition with '?' parameters
   * @param parameters its parameters in order: String, Instant, Integer, Long or Boolean
   */
  record Range(String condition, List<Object> parameters) {
    /** Copies the parameters. */
    Range {
      Objects.requireNonNull(condition, "condition");
      parameters = List.copyOf(parameters);
    }

    /** A range with these parameters. */
    static Range of(String condition, Object... parameters) {
      return new Range(condition, List.of(parameters));
    }

    /** This range narrowed by one more condition. */
    Range and(String more, Object... moreParameters) {
      List<Object> all = new ArrayList<>(parameters);
      all.addAll(List.of(moreParameters));
      return new Range(condition + " AND " + more, all);
    }
  }

  /** The statements of one page: rows and (first page only) the capped count. */
  record Statements(String rows, List<Object> rowParameters, String count,
      List<Object> countParameters) {}

  /** The statements of a page of {@code table} over the ranges (also for the plan tests). */
  static Statements statements(String table, String columns, String atColumn,
      List<Range> ranges, PageRequest page) {
    return statements(table, columns, atColumn, "id", ranges, page);
  }

  /**
   * The statements of a page of {@code table} over the ranges, ties broken by
   * {@code idColumn} ascending (unique within the listing).
   */
  static Statements statements(String table, String columns, String atColumn, String idColumn,
      List<Range> ranges, PageRequest page) {
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("a listing needs at least one range");
    }
    Optional<Cursor> after = page.cursor();
    // "at <= ?" bounds the index range; the OR then drops the cursor's own time's earlier ids
    String keyset = after.isPresent()
        ? " AND %1$s <= ? AND (%1$s < ? OR %2$s > ?)".formatted(atColumn, idColumn) : "";
    String order = " ORDER BY %s DESC, %s LIMIT ?".formatted(atColumn, idColumn);
    List<Object> rowParameters = new ArrayList<>();
    List<Object> countParameters = new ArrayList<>();
    StringJoiner rows = new StringJoiner(" UNION ALL ");
    StringJoiner counted = new StringJoiner(" UNION ALL ");
    for (Range range : ranges) {
      rows.add(RANGE_ROWS.formatted(columns, table, range.condition(), keyset, order));
      rowParameters.addAll(range.parameters());
      after.ifPresent(c -> {
        rowParameters.add(c.at());
        rowParameters.add(c.at());
        rowParameters.add(c.id());
      });
      rowParameters.add(page.size() + 1);
      // L-1: at most CAP + 1 rows of each range are counted (a constant limit, known to the
      // planner)
      counted.add(RANGE_COUNTED.formatted(table, range.condition(), Page.Total.CAP + 1));
      countParameters.addAll(range.parameters());
    }
    String rowSql;
    if (ranges.size() == 1) {
      rowSql = ONE_RANGE.formatted(columns, table, ranges.get(0).condition(), keyset, order);
    } else {
      rowSql = RANGES.formatted(columns, rows, order);
      rowParameters.add(page.size() + 1);
    }
    return new Statements(rowSql, rowParameters, COUNT.formatted(counted), countParameters);
  }

  /** One range's rows: columns, table, condition, keyset condition, order and limit. */
  private static final String RANGE_ROWS = """
      (SELECT %s FROM %s WHERE %s%s%s)""";
  /** L-1: at most CAP + 1 rows of each range are counted (a constant limit the planner knows). */
  private static final String RANGE_COUNTED = """
      (SELECT 1 AS one FROM %s WHERE %s LIMIT %d)""";
  /** The rows of a listing of one range. */
  private static final String ONE_RANGE = """
      SELECT %s FROM %s WHERE %s%s%s""";
  /** The rows of a listing of several ranges: the ranges' rows merged. */
  private static final String RANGES = """
      SELECT %s FROM (%s) ranges%s""";
  /** The capped count of the ranges' rows. */
  private static final String COUNT = """
      SELECT COUNT(*) FROM (%s) capped""";

  /**
   * A page of the listing: the rows after the cursor, and the total (counted on the first page,
   * carried by the cursor after it).
   */
  static <T> Page<T> page(Connection connection, String table, String columns, String atColumn,
      List<Range> ranges, PageRequest page, Sql.Row<T> mapper, Function<? super T, Instant> at,
      Function<? super T, String> id) throws SQLException {
    return page(connection, table, columns, atColumn, "id", ranges, page, mapper, at, id);
  }

  /** A page of the listing, ties broken by {@code idColumn} ascending. */
  static <T> Page<T> page(Connection connection, String table, String columns, String atColumn,
      String idColumn, List<Range> ranges, PageRequest page, Sql.Row<T> mapper,
      Function<? super T, Instant> at, Function<? super T, String> id) throws SQLException {
    Statements statements = statements(table, columns, atColumn, idColumn, ranges, page);
    List<T> rows = Sql.list(connection, statements.rows(),
        s -> bind(s, statements.rowParameters()), mapper);
    Optional<Page.Total> carried = page.carriedTotal();
    Page.Total total = carried.isPresent() ? carried.get() : Page.Total.counted(
        Sql.one(connection, statements.count(), s -> bind(s, statements.countParameters()),
            row -> row.getLong(1)).orElse(0L));
    return Page.of(rows, page, at, id, total);
  }

  /** Binds the parameters from 1 on. */
  static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      if (value instanceof Instant instant) {
        Sql.setInstant(s, i + 1, instant);
      } else if (value instanceof String text) {
        s.setString(i + 1, text);
      } else if (value instanceof Integer number) {
        s.setInt(i + 1, number);
      } else if (value instanceof Long number) {
        s.setLong(i + 1, number);
      } else if (value instanceof Boolean flag) {
        s.setBoolean(i + 1, flag);
      } else {
        throw new IllegalArgumentException("cannot bind a " + value.getClass());
      }
    }
  }
}
