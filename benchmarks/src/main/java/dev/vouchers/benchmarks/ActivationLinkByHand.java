// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * "Send activation link" (S-2) by hand on PostgreSQL: the statements the library's adapter sends
 * for {@code sendActivationLink}, written out (captured from the JDBC calls of the library at
 * the time of writing, updated on 7 December 2026): the voucher by id, its partner, its product,
 * then one statement that moves the voucher to ASSIGNED (conditional on its version) with its
 * history, event (M-5) and outbox rows, and the voucher's order number for the answer's view
 * (M-4). Each in auto-commit, as the library sends them; the decision (status VALID, not
 * expired) in Java.
 */
final class ActivationLinkByHand {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  static final String SELECT_VOUCHER =
      "SELECT id, order_id, partner_id, product_id, validity_years, fqdns, wildcards, code_digest,"
          + " code_last_four, code_sealed, status, issued_at, expires_at, recipient,"
          + " personal_message, sent_at, link_digest, request_reference, request_organisation,"
          + " request_submitted_at, challenge_domain, challenge_check_name, challenge_secret,"
          + " challenge_issued_at, challenge_expires_at, challenge_verified_at, ever_redeemed,"
          + " partner_comment, version FROM vouchers_vouchers WHERE id = ?";

  static final String SELECT_ORDER_NUMBER =
      "SELECT id, order_number FROM vouchers_orders WHERE id IN (?)";

  static final String SELECT_PARTNER =
      "SELECT id, name, tier, features, language FROM vouchers_partners WHERE id = ?";

  static final String SELECT_PRODUCT =
      "SELECT id, name, kind, validity_years, min_fqdns, max_fqdns, max_wildcards,"
          + " requires_mandate, organisation_activation, domain_validated FROM vouchers_products"
          + " WHERE id = ?";

  static final String MOVE_WITH_HISTORY_AND_OUTBOX =
      "WITH moved AS (UPDATE vouchers_vouchers SET status = ?, expires_at = ?, recipient = ?,"
          + " personal_message = ?, sent_at = ?, link_digest = ?, request_reference = ?,"
          + " request_organisation = ?, request_submitted_at = ?, challenge_domain = ?, challenge_check_name = ?,"
          + " challenge_secret = ?, challenge_issued_at = ?, challenge_expires_at = ?,"
          + " challenge_verified_at = ?, ever_redeemed = ?, partner_comment = ?, version = ?"
          + " WHERE id = ? AND version = ? RETURNING id),"
          + " history AS (INSERT INTO vouchers_history (voucher_id, from_status, to_status,"
          + " moved_at, by_whom, why, data) SELECT id, ?, ?, ?, ?, ?, ? FROM moved"
          + ByHandEvents.HISTORY_RETURNING + "), events AS (" + ByHandEvents.fromHistory("history")
          + "),"
          + " outbox0 AS (INSERT INTO vouchers_outbox (id, voucher_id, partner_id, partner_name,"
          + " recipient, personal_message, code_digest, code_last_four, code_sealed,"
          + " redemption_page, product_name, voucher_expires_at, language, created_at, due_at,"
          + " link_sealed) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM moved)"
          + " SELECT COUNT(*) FROM moved";

  private final DataSource dataSource;
  private final String by;

  ActivationLinkByHand(DataSource dataSource, String by) {
    this.dataSource = dataSource;
    this.by = by;
  }

  /**
   * Sends the activation link of a VALID voucher.
   *
   * @param voucherId the voucher
   * @param recipient the e-mail address
   * @param message the personal message
   * @throws SQLException if the database fails
   */
  void send(String voucherId, String recipient, String message) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      String partnerId;
      String orderId;
      String productId;
      byte[] digest;
      String lastFour;
      byte[] sealed;
      OffsetDateTime expiresAt;
      long version;
      try (PreparedStatement s = c.prepareStatement(SELECT_VOUCHER)) {
        s.setString(1, voucherId);
        try (ResultSet row = s.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("no voucher " + voucherId);
          }
          partnerId = row.getString("partner_id");
          orderId = row.getString("order_id");
          productId = row.getString("product_id");
          digest = row.getBytes("code_digest");
          lastFour = row.getString("code_last_four");
          sealed = row.getBytes("code_sealed");
          expiresAt = row.getObject("expires_at", OffsetDateTime.class);
          version = row.getLong("version");
          OffsetDateTime now = OffsetDateTime.now(CLOCK);
          if (!"VALID".equals(row.getString("status")) || !expiresAt.isAfter(now)) {
            throw new IllegalStateException("voucher not VALID: " + voucherId);
          }
        }
      }
      String partnerName;
      String language;
      try (PreparedStatement s = c.prepareStatement(SELECT_PARTNER)) {
        s.setString(1, partnerId);
        try (ResultSet row = s.executeQuery()) {
          row.next();
          partnerName = row.getString("name");
          language = row.getString("language");
        }
      }
      String productName = productName(c, productId);
      // G-2: a random link token per send, kept as a digest and, for the e-mail, sealed
      byte[] linkDigest = new byte[32];
      byte[] linkSealed = new byte[1 + 12 + 26 + 16];
      RANDOM.nextBytes(linkDigest);
      RANDOM.nextBytes(linkSealed);
      OffsetDateTime now =
          OffsetDateTime.ofInstant(CLOCK.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
      try (PreparedStatement s = c.prepareStatement(MOVE_WITH_HISTORY_AND_OUTBOX)) {
        int i = 1;
        s.setString(i++, "ASSIGNED");
        s.setObject(i++, expiresAt);
        s.setString(i++, recipient);
        s.setString(i++, message);
        s.setObject(i++, now);
        s.setBytes(i++, linkDigest); // G-2: the digest of the link's token
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
        s.setLong(i++, version + 1);
        s.setString(i++, voucherId);
        s.setLong(i++, version);
        s.setString(i++, "VALID");
        s.setString(i++, "ASSIGNED");
        s.setObject(i++, now);
        s.setString(i++, by);
        s.setString(i++, "activation link sent");
        s.setString(i++, "message=" + java.net.URLEncoder.encode(message,
            java.nio.charset.StandardCharsets.UTF_8) + "&recipient="
            + java.net.URLEncoder.encode(recipient, java.nio.charset.StandardCharsets.UTF_8));
        s.setString(i++, UUID.randomUUID().toString());
        s.setString(i++, voucherId);
        s.setString(i++, partnerId);
        s.setString(i++, partnerName);
        s.setString(i++, recipient);
        s.setString(i++, message);
        s.setBytes(i++, digest);
        s.setString(i++, lastFour);
        s.setBytes(i++, sealed);
        s.setString(i++, BenchProgramme.REDEMPTION_PAGE.toString());
        s.setString(i++, productName);
        s.setObject(i++, expiresAt);
        s.setString(i++, language);
        s.setObject(i++, now);
        s.setObject(i++, now);
        s.setBytes(i, linkSealed); // G-2: the link's token, sealed
        try (ResultSet moved = s.executeQuery()) {
          if (!moved.next() || moved.getInt(1) != 1) {
            throw new IllegalStateException("voucher " + voucherId + " changed meanwhile");
          }
        }
      }
      // M-4: the library's view shows the voucher's order number, read by the order's key (the
      // product's name for the view comes from its one-minute cache, ProductNames)
      try (PreparedStatement s = c.prepareStatement(SELECT_ORDER_NUMBER)) {
        s.setString(1, orderId);
        try (ResultSet row = s.executeQuery()) {
          row.next();
          row.getLong("order_number");
        }
      }
    }
  }

  private static String productName(Connection c, String productId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SELECT_PRODUCT)) {
      s.setString(1, productId);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getString("name");
      }
    }
  }
}
