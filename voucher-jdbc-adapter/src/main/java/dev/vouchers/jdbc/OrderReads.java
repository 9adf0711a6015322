// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reads of orders for {@link JdbcVouchers}: an order with its lines (O-3), by id or number
 * (M-4), the numbers of a page's orders, the tally of an order's vouchers (V-6, O-3) and the
 * stream of an order's codes (S-1), each with its SQL next to the code that runs it.
 */
final class OrderReads {
  /**
   * O-3: one order with its lines in one statement (one round trip, one snapshot): the order by
   * its primary key, its lines by theirs ({@code order_id, line_number}). The two tables share
   * no column name, so the columns need no alias; an order row without lines (a broken
   * invariant, O-4) reads as one row with null line columns.
   */
  static final String SELECT_ORDER = orderWithLines("o.id = ?");
  /** M-4, L-1: {@link #SELECT_ORDER} by the order's number (unique: vouchers_orders_number). */
  static final String SELECT_ORDER_BY_NUMBER = orderWithLines("o.order_number = ?");
  /** S-1: an order's codes in id order, streamed (vouchers_vouchers_by_order). */
  static final String SELECT_CODES_OF_ORDER = """
      SELECT %s
      FROM vouchers_vouchers WHERE order_id = ? ORDER BY id""".formatted(Rows.ORDER_CODE_COLUMNS);
  /**
   * V-6, O-3, L-2: the order's vouchers grouped by stored status, whether their expiry has come
   * at ? and whether they were ever redeemed: at most a few dozen rows whatever the order's
   * size, from one range of vouchers_vouchers_by_order. Which stored status is seen as which
   * (V-4) is the domain's to say ({@link OrderTally#seenAs}), not this statement's.
   */
  static final String TALLY_ORDER = """
      SELECT status, due, ever_redeemed, COUNT(*) AS vouchers
      FROM (
        SELECT status, expires_at <= ? AS due, ever_redeemed FROM vouchers_vouchers
        WHERE order_id = ?) t
      GROUP BY status, due, ever_redeemed""";

  private final Transactions transactions;
  private final Dialect dialect;

  OrderReads(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  Optional<Order> order(OrderId id) {
    return transactions.inAutoCommit("read order " + id,
        connection -> orderWithLines(connection, SELECT_ORDER, s -> s.setString(1, id.value())));
  }

  Optional<Order> orderByNumber(OrderNumber number) {
    return transactions.inAutoCommit("read order number " + number,
        connection -> orderWithLines(connection, SELECT_ORDER_BY_NUMBER,
            s -> s.setLong(1, number.value())));
  }

  private static String orderWithLines(String where) {
    return """
        SELECT %s, %s
        FROM vouchers_orders o LEFT JOIN vouchers_order_lines l ON l.order_id = o.id
        WHERE %s ORDER BY l.line_number""".formatted(Rows.ORDER_COLUMNS, Rows.LINE_COLUMNS, where);
  }

  /** The order of {@link #SELECT_ORDER}'s rows: the head from the first, a line from each. */
  private static Optional<Order> orderWithLines(Connection connection, String sql,
      Sql.Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        Rows.OrderHead head = Rows.orderHead(rows);
        List<OrderLine> lines = new ArrayList<>();
        do {
          if (rows.getString("order_id") != null) {
            lines.add(Rows.line(rows));
          }
        } while (rows.next());
        return Optional.of(head.with(lines));
      }
    }
  }

  /**
   * M-4, L-1: the numbers of a page's orders in one query by their primary key ({@code id IN
   * (?, ...)}, one mark per order).
   */
  Map<OrderId, OrderNumber> orderNumbers(Set<OrderId> orders) {
    if (orders.isEmpty()) {
      return Map.of();
    }
    List<OrderId> ids = List.copyOf(orders);
    return transactions.inAutoCommit("read the numbers of " + ids.size() + " orders",
        connection -> {
          Map<OrderId, OrderNumber> numbers = new HashMap<>();
          for (Map.Entry<OrderId, OrderNumber> found : Sql.list(connection, """
                  SELECT id, order_number FROM vouchers_orders WHERE id IN (%s)""".formatted(
                  Sql.marks(ids.size())),
              s -> {
                for (int i = 0; i < ids.size(); i++) {
                  s.setString(i + 1, ids.get(i).value());
                }
              }, row -> Map.entry(new OrderId(row.getString("id")),
                  new OrderNumber(row.getLong("order_number"))))) {
            numbers.put(found.getKey(), found.getValue());
          }
          return numbers;
        });
  }

  OrderTally tally(OrderId order, Instant asOf) {
    List<TallyGroup> groups = transactions.inAutoCommit("tally the vouchers of order " + order,
        connection -> Sql.list(connection, TALLY_ORDER, s -> {
          Sql.setInstant(s, 1, asOf);
          s.setString(2, order.value());
        }, row -> new TallyGroup(VoucherStatus.valueOf(row.getString("status")),
            row.getBoolean("due"), row.getBoolean("ever_redeemed"), row.getLong("vouchers"))));
    Map<VoucherStatus, Long> counts = new EnumMap<>(VoucherStatus.class);
    long everRedeemed = 0;
    for (TallyGroup group : groups) {
      counts.merge(OrderTally.seenAs(group.status(), group.due()), group.vouchers(), Long::sum);
      everRedeemed += group.everRedeemed() ? group.vouchers() : 0;
    }
    return new OrderTally(counts, everRedeemed, asOf);
  }

  /** One row of {@link #TALLY_ORDER}. */
  private record TallyGroup(VoucherStatus status, boolean due, boolean everRedeemed,
      long vouchers) {}

  void forEachCodeOf(OrderId order, Consumer<? super OrderCode> sink) {
    // S-1: a cursor read in FETCH_SIZE steps (PostgreSQL streams only without auto-commit);
    // not retried, since the sink has seen the rows already
    transactions.once("stream the codes of order " + order, connection -> {
      try (PreparedStatement s = connection.prepareStatement(SELECT_CODES_OF_ORDER)) {
        s.setFetchSize(JdbcVouchers.FETCH_SIZE);
        if (dialect == Dialect.POSTGRESQL) {
          PostgresBinaryRows.request(connection, s); // L-2: the codes' bytes as they are
        }
        s.setString(1, order.value());
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            sink.accept(Rows.orderCode(rows));
          }
        }
      }
      return null;
    });
  }
}
