// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * "Cancel an order" (V-6) by hand on PostgreSQL: the best plain JDBC a good engineer would write
 * for the same work as the library's set-based cancellation (issue 12), with the same checks and
 * the same rows written:
 *
 * <ol>
 *   <li>one read, in auto-commit: the order (status, placement, version), its total from its
 *       lines (the refund) and one aggregate of its vouchers: how many, how many not
 *       cancellable (not VALID or ASSIGNED, or expired), how many ever redeemed. The rules are
 *       checked in Java: the order OPEN, placed within the 30-day window, every voucher
 *       cancellable and none ever redeemed (the library decides the same from its tally);
 *   <li>one transaction: the order's conditional update (by version), then one statement that
 *       moves every cancellable voucher of the order to CANCELLED (next version) and appends one
 *       history row and one {@code voucher.moved} event row (M-5) per moved voucher from the
 *       status it had, as the library's {@code CANCEL_VOUCHERS_POSTGRESQL} does; then the
 *       order's {@code order.cancelled} event row; if fewer moved than were counted (a
 *       concurrent move, V-7), everything is rolled back.
 * </ol>
 *
 * <p>Five round trips (the read, three statements, the commit) against the library's six (the
 * order with its lines, the tally, the order's update, the vouchers' statement, the order's
 * event, the commit): the same rows moved and written. The statuses are bound, as the library
 * binds them.
 */
final class CancelOrderByHand {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final Duration WINDOW = Duration.ofDays(30);

  /** The order, its total and the aggregate of its vouchers, in one statement. */
  static final String READ = "SELECT o.status, o.placed_at, o.version, o.partner_id,"
      + " (SELECT COALESCE(SUM(l.quantity * l.unit_minor), 0) FROM vouchers_order_lines l"
      + " WHERE l.order_id = o.id) AS total,"
      + " v.vouchers, v.blocked, v.redeemed FROM vouchers_orders o,"
      + " LATERAL (SELECT COUNT(*) AS vouchers,"
      + " COUNT(*) FILTER (WHERE NOT (status IN (?, ?) AND expires_at > ?)) AS blocked,"
      + " COUNT(*) FILTER (WHERE ever_redeemed) AS redeemed"
      + " FROM vouchers_vouchers WHERE order_id = o.id) v WHERE o.id = ?";

  static final String UPDATE_ORDER =
      "UPDATE vouchers_orders SET status = ?, cancelled_at = ?, version = ? WHERE id = ?"
          + " AND version = ?";

  /**
   * Every cancellable voucher of the order moved, with its history row and its event (M-5), in
   * one statement.
   */
  static final String CANCEL_VOUCHERS = "WITH before AS (SELECT id, status"
      + " FROM vouchers_vouchers WHERE order_id = ? AND status IN (?, ?) AND expires_at > ?),"
      + " moved AS (UPDATE vouchers_vouchers v SET status = ?, version = v.version + 1"
      + " FROM before WHERE v.order_id = ? AND v.id = before.id AND v.status = before.status"
      + " AND v.status IN (?, ?) AND v.expires_at > ? RETURNING v.id, before.status AS from_status),"
      + " history AS (INSERT INTO vouchers_history (voucher_id, from_status, to_status, moved_at, by_whom,"
      + " why, data) SELECT id, from_status, ?, ?, ?, ?, '' FROM moved"
      + ByHandEvents.HISTORY_RETURNING + ") " + ByHandEvents.fromHistory("history");

  private static final String VALID = "VALID";
  private static final String ASSIGNED = "ASSIGNED";
  private static final String CANCELLED = "CANCELLED";

  private final DataSource dataSource;
  private final String by;

  CancelOrderByHand(DataSource dataSource, String by) {
    this.dataSource = dataSource;
    this.by = by;
  }

  /**
   * Cancels an OPEN order whose vouchers are all cancellable.
   *
   * @param orderId the order
   * @param why the reason, written to every history row
   * @return the refund (the order's total, in minor units)
   * @throws SQLException if the database fails
   */
  long cancel(String orderId, String why) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      OffsetDateTime now =
          OffsetDateTime.ofInstant(CLOCK.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
      long orderVersion;
      long vouchers;
      long refund;
      String partner;
      try (PreparedStatement s = c.prepareStatement(READ)) {
        s.setString(1, VALID);
        s.setString(2, ASSIGNED);
        s.setObject(3, now);
        s.setString(4, orderId);
        try (ResultSet row = s.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("no order " + orderId);
          }
          OffsetDateTime placedAt = row.getObject("placed_at", OffsetDateTime.class);
          if (!"OPEN".equals(row.getString("status"))
              || placedAt.toInstant().plus(WINDOW).isBefore(now.toInstant())
              || row.getLong("blocked") != 0 || row.getLong("redeemed") != 0) {
            throw new IllegalStateException("order cannot be cancelled: " + orderId);
          }
          orderVersion = row.getLong("version");
          vouchers = row.getLong("vouchers");
          refund = row.getLong("total");
          partner = row.getString("partner_id");
        }
      }
      c.setAutoCommit(false);
      try {
        try (PreparedStatement s = c.prepareStatement(UPDATE_ORDER)) {
          s.setString(1, CANCELLED);
          s.setObject(2, now);
          s.setLong(3, orderVersion + 1);
          s.setString(4, orderId);
          s.setLong(5, orderVersion);
          if (s.executeUpdate() != 1) {
            throw new IllegalStateException("order changed meanwhile");
          }
        }
        try (PreparedStatement s = c.prepareStatement(CANCEL_VOUCHERS)) {
          int i = 1;
          s.setString(i++, orderId);
          s.setString(i++, VALID);
          s.setString(i++, ASSIGNED);
          s.setObject(i++, now);
          s.setString(i++, CANCELLED);
          s.setString(i++, orderId);
          s.setString(i++, VALID);
          s.setString(i++, ASSIGNED);
          s.setObject(i++, now);
          s.setString(i++, CANCELLED);
          s.setObject(i++, now);
          s.setString(i++, by);
          s.setString(i, why);
          if (s.executeUpdate() != vouchers) {
            throw new IllegalStateException("a voucher of " + orderId + " moved meanwhile");
          }
        }
        try (PreparedStatement s = c.prepareStatement(ByHandEvents.INSERT_EVENT)) {
          s.setString(1, "ORDER");
          s.setString(2, orderId);
          s.setString(3, "order.cancelled");
          s.setObject(4, now);
          s.setString(5, ByHandEvents.cancelledBody(orderId, partner, vouchers));
          s.setObject(6, now);
          s.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      return refund;
    }
  }
}
