// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * M-3, L-1 (ADR 0054): the index ranges and statements of support search. Each form is one
 * range of an index that yields it in the listing's order (newest first), of one partner or of
 * every partner; {@link Listing} pages it and counts its first page, capped.
 *
 * <p>The stored fields are compared folded, with the domain's one table
 * ({@link VoucherSearch#FOLD_FROM}, {@link VoucherSearch#FOLD_TO}) through SQL
 * {@code translate}: on PostgreSQL an expression the indexes hold, on H2 (no expression
 * indexes) a generated column the indexes hold. The schema scripts restate the expressions;
 * {@code SearchSchemaTest} checks that they are these.
 */
final class JdbcVoucherSearches {
  private JdbcVoucherSearches() {}

  /**
   * L-1 (ADR 0058): on PostgreSQL, run before the capped count of a customer-name or notes
   * search, in its transaction: no parallel workers for it. The search indexes are partial, and
   * the planner takes no statistics from a partial index, so it estimates a folded name at
   * 0.5 % of the orders (5,000 of 1,000,000); the join with their vouchers then looked big
   * enough for a parallel plan, and at 10,000,000 vouchers the count of a search of every
   * partner started two workers for a handful of rows: 13-17 ms instead of 0.2-0.5
   * ({@code SearchScale}). The count reads at most {@link Page.Total#CAP} + 1 rows, which never
   * repays starting a worker. (Statistics on the folded keys would correct the estimate, but then
   * a partner's search may be planned on the every-partner index, ties being likely.)
   */
  static final String COUNT_WITHOUT_PARALLEL_WORKERS = """
      SET LOCAL max_parallel_workers_per_gather = 0""";

  /** The orders joined with their vouchers (the count of a customer-name or notes search). */
  static final String ORDERS_WITH_VOUCHERS =
      "vouchers_orders o JOIN vouchers_vouchers v ON v.order_id = o.id";

  /** {@code column} folded by the domain's table, as SQL. */
  static String folded(String column) {
    return "translate(" + column + ", '" + VoucherSearch.FOLD_FROM + "', '"
        + VoucherSearch.FOLD_TO + "')";
  }

  /** The indexed key of the recipient ({@code alias} empty or ending in a dot). */
  static String recipientKey(Dialect dialect, String alias) {
    return dialect == Dialect.H2 ? alias + "recipient_key" : folded(alias + "recipient");
  }

  /** The indexed key of the customer name. */
  static String customerNameKey(Dialect dialect, String alias) {
    return dialect == Dialect.H2 ? alias + "customer_name_key"
        : folded(alias + "customer_name");
  }

  /** The indexed key of the notes: their folded beginning (an index entry has a size limit). */
  static String notesKey(Dialect dialect, String alias) {
    return dialect == Dialect.H2 ? alias + "notes_key"
        : "left(" + folded(alias + "notes") + ", " + VoucherSearch.NOTES_KEY_LENGTH + ")";
  }

  /**
   * The range of a recipient or last-four search in {@code vouchers_vouchers}:
   * {@code vouchers_vouchers_by_partner_recipient} or {@code _by_recipient} (partial: vouchers
   * with a recipient), {@code vouchers_vouchers_by_last_four} (of a partner in the listing's
   * order; of every partner the few vouchers that end alike, sorted).
   */
  static Listing.Range voucherRange(Dialect dialect, VoucherSearch search) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    switch (search.field()) {
      case RECIPIENT -> {
        search.partner().ifPresent(p -> {
          conditions.add("partner_id = ?");
          parameters.add(p.value());
        });
        conditions.add(recipientKey(dialect, "") + " = ?");
        parameters.add(search.key());
        conditions.add("recipient IS NOT NULL");
      }
      case LAST_FOUR -> {
        conditions.add("code_last_four = ?");
        parameters.add(search.key());
        search.partner().ifPresent(p -> {
          conditions.add("partner_id = ?");
          parameters.add(p.value());
        });
      }
      case CUSTOMER_NAME, NOTES -> throw new IllegalArgumentException(
          "a search of the order's fields reads the orders: " + search);
    }
    return new Listing.Range(String.join(" AND ", conditions), parameters);
  }

  /**
   * The range of a customer-name or notes search in {@code vouchers_orders} (aliased
   * {@code alias}): {@code vouchers_orders_by_partner_customer} or {@code _by_customer},
   * {@code vouchers_orders_by_partner_notes} or {@code _by_notes} (partial: orders with the
   * field). Notes are found by their indexed beginning (a plain parameter, so that the planner
   * estimates the range from the index's statistics); {@code whole} compares them whole too,
   * else the caller does ({@link VoucherSearch#matches(dev.vouchers.core.ordering.domain.Order)}).
   */
  static Listing.Range orderRange(Dialect dialect, VoucherSearch search, String alias,
      boolean whole) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    search.partner().ifPresent(p -> {
      conditions.add(alias + "partner_id = ?");
      parameters.add(p.value());
    });
    switch (search.field()) {
      case CUSTOMER_NAME -> {
        conditions.add(customerNameKey(dialect, alias) + " = ?");
        parameters.add(search.key());
        conditions.add(alias + "customer_name IS NOT NULL");
      }
      case NOTES -> {
        conditions.add(notesKey(dialect, alias) + " = ?");
        parameters.add(notesPrefix(dialect, search.key()));
        if (whole) {
          conditions.add(folded(alias + "notes") + " = ?");
          parameters.add(search.key());
        }
        conditions.add(alias + "notes IS NOT NULL");
      }
      case RECIPIENT, LAST_FOUR -> throw new IllegalArgumentException(
          "a search of the voucher's fields reads the vouchers: " + search);
    }
    return new Listing.Range(String.join(" AND ", conditions), parameters);
  }

  /**
   * The beginning of folded notes the index holds, as the database's {@code left} cuts it:
   * PostgreSQL counts characters (code points), H2 UTF-16 units.
   */
  static String notesPrefix(Dialect dialect, String key) {
    int length = VoucherSearch.NOTES_KEY_LENGTH;
    if (dialect == Dialect.H2) {
      return key.length() <= length ? key : key.substring(0, length);
    }
    return key.codePointCount(0, key.length()) <= length ? key
        : key.substring(0, key.offsetByCodePoints(0, length));
  }

  /**
   * The next orders after the position whose indexed key matches, newest first: one range of
   * the order index, in its order, at most {@code limit} rows (notes whose first 100 characters
   * only match are the caller's to drop).
   */
  static Listing.Statements orders(Dialect dialect, VoucherSearch search,
      Optional<Cursor> after, int limit) {
    Listing.Range range = orderRange(dialect, search, "", false);
    List<Object> parameters = new ArrayList<>(range.parameters());
    String keyset = "";
    if (after.isPresent()) {
      // "at <= ?" bounds the index range; the OR drops the position's own time's earlier ids
      keyset = " AND placed_at <= ? AND (placed_at < ? OR id > ?)";
      parameters.add(after.get().at());
      parameters.add(after.get().at());
      parameters.add(after.get().id());
    }
    parameters.add(limit);
    String sql = """
        SELECT %s FROM vouchers_orders WHERE %s%s
        ORDER BY placed_at DESC, id LIMIT ?""".formatted(
        Rows.ORDER_COLUMNS, range.condition(), keyset);
    return new Listing.Statements(sql, parameters, "", List.of());
  }

  /**
   * L-1: the capped count of the vouchers of the matching orders: at most
   * {@link Page.Total#CAP} + 1 rows of the order range joined with each order's vouchers.
   */
  static Listing.Statements countOfOrders(Dialect dialect, VoucherSearch search) {
    return Listing.statements(ORDERS_WITH_VOUCHERS, "v.id", "o.placed_at", "v.id",
        List.of(orderRange(dialect, search, "o.", true)), PageRequest.first(1));
  }
}
