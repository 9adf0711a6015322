// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * "Cancel an order" (V-6) by hand on PostgreSQL: the statements the library's adapter sends for
 * {@code cancelOrder} <b>today</b> (before issue 12's set-based cancellation), written out as
 * captured from the library's JDBC calls: the order and its lines (one transaction), every
 * voucher of the order, then one transaction with the order's conditional update, a batch of
 * conditional voucher updates (by id and version) and a batch of history rows. The policy (the
 * order OPEN and within 30 days; every voucher VALID, never redeemed, not expired) is checked in
 * Java between the reads and the writes.
 *
 * <p><b>When the library's cancellation becomes set-based, this class must be rewritten with the
 * new statements</b>; it is the only place that knows them.
 */
final class CancelOrderByHand {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final Duration WINDOW = Duration.ofDays(30);

  static final String SELECT_LINES =
      "SELECT order_id, line_number, product_id, validity_years, fqdns, wildcards, product_name,"
          + " quantity, currency, unit_minor, list_minor, price_source FROM vouchers_order_lines"
          + " WHERE order_id IN (?) ORDER BY order_id, line_number";

  static final String SELECT_ORDER =
      "SELECT id, partner_id, customer_name, notes, payment_method, placed_at, placed_by, status,"
          + " cancelled_at, version FROM vouchers_orders WHERE id = ?";

  static final String SELECT_VOUCHERS =
      ActivationLinkByHand.SELECT_VOUCHER.replace("WHERE id = ?", "WHERE order_id = ? ORDER BY id");

  static final String UPDATE_ORDER =
      "UPDATE vouchers_orders SET status = ?, cancelled_at = ?, version = ? WHERE id = ?"
          + " AND version = ?";

  static final String UPDATE_VOUCHER =
      "UPDATE vouchers_vouchers SET status = ?, expires_at = ?, recipient = ?,"
          + " personal_message = ?, sent_at = ?, request_reference = ?, request_organisation = ?,"
          + " request_submitted_at = ?, challenge_domain = ?, challenge_check_name = ?,"
          + " challenge_secret = ?, challenge_issued_at = ?, challenge_expires_at = ?,"
          + " challenge_verified_at = ?, ever_redeemed = ?, partner_comment = ?, version = ?"
          + " WHERE id = ? AND version = ?";

  static final String INSERT_HISTORY =
      "INSERT INTO vouchers_history (voucher_id, from_status, to_status, moved_at, by_whom, why,"
          + " data) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private record Row(String id, OffsetDateTime expiresAt, long version) {}

  private final DataSource dataSource;
  private final String by;

  CancelOrderByHand(DataSource dataSource, String by) {
    this.dataSource = dataSource;
    this.by = by;
  }

  /**
   * Cancels an OPEN order whose vouchers are all VALID.
   *
   * @param orderId the order
   * @param why the reason, written to every history row
   * @throws SQLException if the database fails
   */
  void cancel(String orderId, String why) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long orderVersion;
      c.setAutoCommit(false);
      try {
        try (PreparedStatement s = c.prepareStatement(SELECT_LINES)) {
          s.setString(1, orderId);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              rows.getInt("quantity");
            }
          }
        }
        try (PreparedStatement s = c.prepareStatement(SELECT_ORDER)) {
          s.setString(1, orderId);
          try (ResultSet row = s.executeQuery()) {
            if (!row.next()) {
              throw new IllegalStateException("no order " + orderId);
            }
            OffsetDateTime placedAt = row.getObject("placed_at", OffsetDateTime.class);
            if (!"OPEN".equals(row.getString("status"))
                || placedAt.toInstant().plus(WINDOW).isBefore(CLOCK.instant())) {
              throw new IllegalStateException("order cannot be cancelled: " + orderId);
            }
            orderVersion = row.getLong("version");
          }
        }
        c.commit();
      } finally {
        c.setAutoCommit(true);
      }
      List<Row> vouchers = new ArrayList<>();
      OffsetDateTime now =
          OffsetDateTime.ofInstant(CLOCK.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
      try (PreparedStatement s = c.prepareStatement(SELECT_VOUCHERS)) {
        s.setString(1, orderId);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            OffsetDateTime expiresAt = rows.getObject("expires_at", OffsetDateTime.class);
            if (!"VALID".equals(rows.getString("status")) || rows.getBoolean("ever_redeemed")
                || !expiresAt.isAfter(now)) {
              throw new IllegalStateException("a voucher of " + orderId + " is in use");
            }
            vouchers.add(new Row(rows.getString("id"), expiresAt, rows.getLong("version")));
          }
        }
      }
      c.setAutoCommit(false);
      try {
        try (PreparedStatement s = c.prepareStatement(UPDATE_ORDER)) {
          s.setString(1, "CANCELLED");
          s.setObject(2, now);
          s.setLong(3, orderVersion + 1);
          s.setString(4, orderId);
          s.setLong(5, orderVersion);
          if (s.executeUpdate() != 1) {
            throw new IllegalStateException("order changed meanwhile");
          }
        }
        try (PreparedStatement s = c.prepareStatement(UPDATE_VOUCHER)) {
          for (Row v : vouchers) {
            int i = 1;
            s.setString(i++, "CANCELLED");
            s.setObject(i++, v.expiresAt());
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            s.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            s.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            s.setBoolean(i++, false);
            s.setNull(i++, Types.VARCHAR);
            s.setLong(i++, v.version() + 1);
            s.setString(i++, v.id());
            s.setLong(i, v.version());
            s.addBatch();
          }
          for (int changed : s.executeBatch()) {
            if (changed != 1) {
              throw new IllegalStateException("a voucher changed meanwhile");
            }
          }
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_HISTORY)) {
          for (Row v : vouchers) {
            s.setString(1, v.id());
            s.setString(2, "VALID");
            s.setString(3, "CANCELLED");
            s.setObject(4, now);
            s.setString(5, by);
            s.setString(6, why);
            s.setString(7, "");
            s.addBatch();
          }
          s.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }
}
