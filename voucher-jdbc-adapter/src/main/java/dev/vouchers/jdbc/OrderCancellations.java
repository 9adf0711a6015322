// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.voucher.domain.Transition;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * V-6, V-7: an order's cancellation set-based: the order and every cancellable voucher moved,
 * each with its history row, in one transaction, or nothing when a voucher moved meanwhile.
 */
final class OrderCancellations {
  private static final Logger LOG = LoggerFactory.getLogger(OrderCancellations.class);
  /**
   * V-6, V-4: the cancellation's condition per voucher, from the named move an order's
   * cancellation makes of each voucher ({@link Transition#CANCEL}, whose sources are
   * {@link OrderCancellation#from()}).
   */
  static final MoveCondition CANCELLABLE = MoveCondition.of(Transition.CANCEL);

  static final String CANCEL_ORDER = """
      UPDATE vouchers_orders SET status = ?, cancelled_at = ?, version = ?
      WHERE id = ? AND version = ?""";

  /**
   * PostgreSQL, V-6, V-7: every cancellable voucher of the order moved and its history row
   * appended in one statement: read the order's cancellable vouchers with their status, move
   * exactly those versions (a concurrent writer that came first changed the status, so
   * PostgreSQL's re-check of the newest row version skips it and the count falls short), and
   * write one history row per moved voucher from the status it had.
   */
  static final String CANCEL_VOUCHERS_POSTGRESQL = """
      WITH before AS (
        SELECT id, status FROM vouchers_vouchers WHERE order_id = ? AND %s),
      moved AS (
        UPDATE vouchers_vouchers v SET status = ?, version = v.version + 1
        FROM before WHERE v.order_id = ? AND v.id = before.id AND v.status = before.status
          AND %s
        RETURNING v.id, before.status AS from_status),
      history AS (
        INSERT INTO vouchers_history (%s)
        SELECT id, from_status, ?, ?, ?, ?, ? FROM moved%s)
      %s""".formatted(
          CANCELLABLE.sql(""), CANCELLABLE.sql("v."), Rows.HISTORY_COLUMNS,
          EventRows.HISTORY_RETURNING, EventRows.fromVoucherHistory("history"));

  /**
   * H2, V-6, V-7: the same in one statement: the history rows are inserted from the moved rows
   * as they were before ({@code OLD TABLE}); a row another transaction holds is waited for and
   * then re-checked. Only rows that were cancellable as read get a history row, so a row H2
   * should ever hand back changed meanwhile (seen once for the sweep) makes the count fall
   * short, and the whole cancellation is undone and decided again.
   */
  static final String CANCEL_VOUCHERS_H2 = EventRows.fromVoucherHistory("""
      FINAL TABLE (
        INSERT INTO vouchers_history (%s)
        SELECT id, status, ?, ?, ?, ?, ? FROM OLD TABLE (
          UPDATE vouchers_vouchers SET status = ?, version = version + 1
          WHERE order_id = ? AND %s)
        WHERE %s)""".formatted(
      Rows.HISTORY_COLUMNS, CANCELLABLE.sql(""), CANCELLABLE.sql("")));

  private final Transactions transactions;
  private final Dialect dialect;

  OrderCancellations(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  boolean cancel(OrderCancellation cancellation) {
    Order before = cancellation.before();
    Order after = cancellation.after();
    return transactions.inUndoableTransaction("cancel order " + before.id() + " with "
        + cancellation.vouchers() + " vouchers", (connection, undo) -> {
          int changed = Sql.update(connection, CANCEL_ORDER, s -> {
            s.setString(1, after.status().name());
            Sql.setInstant(s, 2, after.cancelledAt());
            s.setLong(3, after.version());
            s.setString(4, before.id().value());
            s.setLong(5, before.version());
          });
          if (changed == 0) {
            return false;
          }
          long moved = Sql.update(connection, dialect == Dialect.POSTGRESQL
              ? CANCEL_VOUCHERS_POSTGRESQL : CANCEL_VOUCHERS_H2, s -> bindCancel(s, cancellation));
          if (moved != cancellation.vouchers()) {
            LOG.debug("order {}: {} of {} vouchers could be cancelled; nothing is", before.id(),
                moved, cancellation.vouchers());
            undo.undo(); // V-6, V-7: a voucher moved meanwhile; nothing is cancelled
            return false;
          }
          EventRows.insert(connection, NewEvent.orderCancelled(before.id().value(),
              before.partner().value(), moved, cancellation.at())); // M-5
          return true;
        });
  }

  private void bindCancel(PreparedStatement s, OrderCancellation cancellation)
      throws SQLException {
    String orderId = cancellation.before().id().value();
    int i = 1;
    if (dialect == Dialect.POSTGRESQL) {
      s.setString(i++, orderId);
      i = CANCELLABLE.bind(s, i, cancellation.at());
      s.setString(i++, CANCELLABLE.target().name());
      s.setString(i++, orderId);
      i = CANCELLABLE.bind(s, i, cancellation.at());
      bindCancelHistory(s, i, cancellation);
    } else {
      i = bindCancelHistory(s, i, cancellation);
      s.setString(i++, CANCELLABLE.target().name());
      s.setString(i++, orderId);
      i = CANCELLABLE.bind(s, i, cancellation.at());
      CANCELLABLE.bind(s, i, cancellation.at());
    }
  }

  /** V-2: the parts of each history row that every voucher of a cancellation shares. */
  private static int bindCancelHistory(PreparedStatement s, int first,
      OrderCancellation cancellation) throws SQLException {
    int i = first;
    s.setString(i++, CANCELLABLE.target().name());
    Sql.setInstant(s, i++, cancellation.at());
    s.setString(i++, cancellation.byWhom());
    s.setString(i++, cancellation.why());
    s.setString(i++, Rows.encode(Map.of()));
    return i;
  }
}
