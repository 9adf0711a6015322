// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * O-5, M-3, L-1: the listings of orders and vouchers and the support searches, each served by
 * index ranges of one partner and paged by keyset (ADR 0031, ADR 0054).
 */
final class VoucherListings {

  private final Transactions transactions;
  private final Dialect dialect;

  VoucherListings(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  // ------------------------------------------------------------------ M-3 support search

  /** M-3: a recipient or last-four search: one range, paged like a listing (ADR 0054). */
  Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
    List<Listing.Range> ranges = List.of(JdbcVoucherSearches.voucherRange(dialect, search));
    return transactions.inTransaction("search vouchers " + search, connection ->
        Listing.page(connection, "vouchers_vouchers", Rows.VOUCHER_COLUMNS, "issued_at", ranges,
            page, Rows::voucher, Voucher::issuedAt, v -> v.id().value()));
  }

  /** M-3: the next orders of a customer-name or notes search, newest first. */
  List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
    Listing.Statements statement = JdbcVoucherSearches.orders(dialect, search, after, limit);
    return transactions.inTransaction("search orders " + search, connection -> {
      List<Rows.OrderHead> heads = Sql.list(connection, statement.rows(),
          s -> Listing.bind(s, statement.rowParameters()), Rows::orderHead);
      Map<String, List<OrderLine>> lines =
          lines(connection, heads.stream().map(Rows.OrderHead::id).toList());
      return heads.stream().map(head -> head.with(lines.get(head.id()))).toList();
    });
  }

  /** M-3, L-1: the vouchers of the matching orders, counted up to the cap. */
  Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
    Listing.Statements statement = JdbcVoucherSearches.countOfOrders(dialect, search);
    return transactions.inTransaction("count a search " + search, connection -> {
      if (dialect == Dialect.POSTGRESQL) {
        Sql.update(connection, JdbcVoucherSearches.COUNT_WITHOUT_PARALLEL_WORKERS, s -> { });
      }
      return Page.Total.counted(Sql.one(connection, statement.count(),
          s -> Listing.bind(s, statement.countParameters()), row -> row.getLong(1))
          .orElse(0L));
    });
  }

  // ------------------------------------------------------------------ O-5 pages

  Page<Order> orders(OrderFilter filter, PageRequest page) {
    List<Listing.Range> ranges = orderRanges(filter);
    return transactions.inTransaction("list orders of " + filter.partner(), connection -> {
      Page<Rows.OrderHead> heads = Listing.page(connection, "vouchers_orders",
          Rows.ORDER_COLUMNS, "placed_at", ranges, page, Rows::orderHead,
          Rows.OrderHead::placedAt, Rows.OrderHead::id);
      Map<String, List<OrderLine>> lines =
          lines(connection, heads.items().stream().map(Rows.OrderHead::id).toList());
      return heads.map(head -> head.with(lines.get(head.id())));
    });
  }

  /**
   * O-5, L-1 (ADR 0031): the partner's range of {@code vouchers_orders_by_partner}, or one range
   * per status of {@code vouchers_orders_by_partner_status}; a product filter is checked per
   * order within the range (its lines, by primary key).
   */
  static List<Listing.Range> orderRanges(OrderFilter filter) {
    Listing.Range partner = Listing.Range.of("partner_id = ?", filter.partner().value());
    if (filter.product().isPresent()) {
      partner = partner.and("EXISTS (SELECT 1 FROM vouchers_order_lines l"
          + " WHERE l.order_id = vouchers_orders.id AND l.product_id = ?)",
          filter.product().get().value());
    }
    List<Listing.Range> ranges = new ArrayList<>();
    if (filter.statuses().isEmpty()) {
      ranges.add(partner); // vouchers_orders_by_partner
    }
    for (OrderStatus status : new TreeSet<>(filter.statuses())) {
      ranges.add(partner.and("status = ?", status.name()));
    }
    return ranges;
  }

  Page<Voucher> vouchers(VoucherFilter filter, PageRequest page) {
    List<Listing.Range> ranges = voucherRanges(filter);
    return transactions.inTransaction("list vouchers of " + filter.partner(), connection ->
        Listing.page(connection, "vouchers_vouchers", Rows.VOUCHER_COLUMNS, "issued_at", ranges,
            page, Rows::voucher, Voucher::issuedAt, v -> v.id().value()));
  }

  /**
   * O-5, L-1: the index ranges of a voucher listing (ADR 0031). Without a filter, the partner's
   * range of {@code vouchers_vouchers_by_partner}; with a status filter, one range per status of
   * {@code vouchers_vouchers_by_partner_status}; with a product, one range per status of
   * {@code vouchers_vouchers_by_partner_product} (every status when none is asked for). V-4:
   * statuses as seen at {@code asOf}: an expiring status lists its vouchers that are not yet
   * due, and EXPIRED adds the due ones not yet swept ({@link ExpirySweeps#EXPIRING}, the
   * partial index {@code vouchers_vouchers_due}: as many as the sweep has yet to write).
   */
  static List<Listing.Range> voucherRanges(VoucherFilter filter) {
    Listing.Range partner = Listing.Range.of("partner_id = ?", filter.partner().value());
    if (filter.product().isPresent()) {
      partner = partner.and("product_id = ?", filter.product().get().value());
    }
    if (filter.order().isPresent()) {
      partner = partner.and("order_id = ?", filter.order().get().value());
    }
    Set<VoucherStatus> statuses = filter.statuses();
    if (statuses.isEmpty()) {
      if (filter.product().isEmpty()) {
        return List.of(partner);
      }
      statuses = EnumSet.allOf(VoucherStatus.class);
    }
    List<Listing.Range> ranges = new ArrayList<>();
    for (VoucherStatus status : EnumSet.copyOf(statuses)) {
      Listing.Range range = partner.and("status = ?", status.name());
      if (filter.statuses().isEmpty()) {
        ranges.add(range); // every status: no expiry to tell apart
        continue;
      }
      ranges.add(status.expires() ? range.and("expires_at > ?", filter.asOf()) : range);
      if (status == ExpirySweeps.EXPIRY_TARGET) {
        ranges.add(partner.and(ExpirySweeps.EXPIRING + " AND expires_at <= ?", filter.asOf()));
      }
    }
    return ranges;
  }

  /** The lines of the orders, by order id. */
  static Map<String, List<OrderLine>> lines(Connection connection, List<String> orders)
      throws SQLException {
    if (orders.isEmpty()) {
      return Map.of();
    }
    Map<String, List<OrderLine>> lines = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement("""
        SELECT %s FROM vouchers_order_lines
        WHERE order_id IN (%s) ORDER BY order_id, line_number""".formatted(
        Rows.LINE_COLUMNS, Sql.marks(orders.size())))) {
      for (int i = 0; i < orders.size(); i++) {
        s.setString(i + 1, orders.get(i));
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          lines.computeIfAbsent(rows.getString("order_id"), k -> new ArrayList<>())
              .add(Rows.line(rows));
        }
      }
    }
    return lines;
  }
}
