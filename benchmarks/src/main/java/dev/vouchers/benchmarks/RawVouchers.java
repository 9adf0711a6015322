// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.ordering.domain.OrderNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes an order and its vouchers by hand into the vouchers tables of PostgreSQL: the order row
 * and one line with plain INSERTs, the vouchers with {@code COPY ... FROM STDIN} (text format)
 * into the same columns the library's COPY fills, built as ASCII bytes in a 64 KiB buffer. Used
 * by the order baseline (random bytes for digest and sealed code) and to set up the export (codes
 * sealed by the library's vault).
 */
final class RawVouchers {

  /** The columns the library's COPY fills (PostgresCopy.COPY), in the same order. */
  static final String COPY =
      "COPY vouchers_vouchers (id, order_id, partner_id, product_id, validity_years, fqdns,"
          + " wildcards, code_digest, code_last_four, code_sealed, status, issued_at, expires_at)"
          + " FROM STDIN";

  /** Digest bytes (HMAC-SHA256). */
  static final int DIGEST_BYTES = 32;

  /** Sealed code bytes: version, nonce, 20 ciphertext bytes, tag (as the library's). */
  static final int SEALED_BYTES = 1 + 12 + 20 + 16;

  private static final int CHUNK = 64 * 1024;
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** Supplies the stored code of voucher {@code index} (0-based). */
  interface Codes {
    /**
     * Fills the code's digest, sealed bytes and last four symbols.
     *
     * @param index the voucher's position in the order, 0-based
     * @param digest {@value #DIGEST_BYTES} bytes to fill
     * @param sealed {@value #SEALED_BYTES} bytes to fill
     * @param lastFour 4 ASCII bytes to fill
     */
    void fill(int index, byte[] digest, byte[] sealed, byte[] lastFour);
  }

  private RawVouchers() {}

  /**
   * Inserts an OPEN order of the benchmark partner with one line of {@code quantity} vouchers of
   * the benchmark product at the list price.
   *
   * @param c the connection (in the caller's transaction)
   * @param orderId the order's id
   * @param quantity the number of vouchers
   * @param placedAt when it was placed
   * @throws SQLException if the database fails
   */
  static void insertOrder(Connection c, String orderId, int quantity, Instant placedAt)
      throws SQLException {
    OffsetDateTime at = OffsetDateTime.ofInstant(placedAt.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO vouchers_orders (id, partner_id, customer_name, notes, payment_method,"
                + " placed_at, placed_by, status, cancelled_at, version, order_number)"
                + " VALUES (?, ?, 'Customer', 'INV-42', 'invoice', ?, ?, 'OPEN', NULL, 0, ?)")) {
      s.setString(1, orderId);
      s.setString(2, BenchProgramme.PARTNER.value());
      s.setObject(3, at);
      s.setString(4, BenchProgramme.PARTNER_USER.describe());
      // M-4: a random number as the library draws it (a clash fails the benchmark's setup)
      s.setLong(5, OrderNumber.draw(dev.vouchers.core.kernel.Entropy.secure()).value());
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO vouchers_order_lines (order_id, line_number, product_id, validity_years,"
                + " fqdns, wildcards, product_name, quantity, currency, unit_minor, list_minor,"
                + " price_source) VALUES (?, 1, ?, 1, 1, 0, ?, ?, 'CHF', 5000, 5000, 'LIST_PRICE')")) {
      s.setString(1, orderId);
      s.setString(2, BenchProgramme.PRODUCT.value());
      s.setString(3, BenchProgramme.PRODUCT_NAME);
      s.setInt(4, quantity);
      s.executeUpdate();
    }
  }

  /**
   * COPYs {@code count} VALID vouchers of the order (ids {@code orderId-0000001} on, product
   * configuration 1 year, 1 FQDN, 0 wildcards).
   *
   * @param c the connection (in the caller's transaction), to PostgreSQL
   * @param orderId the order's id
   * @param count the number of vouchers
   * @param issuedAt the issue instant
   * @param expiresAt the expiry instant
   * @param codes the stored codes
   * @throws SQLException if the database fails
   */
  static void copyVouchers(
      Connection c, String orderId, int count, Instant issuedAt, Instant expiresAt, Codes codes)
      throws SQLException {
    byte[] prefix = ascii(orderId + "-");
    byte[] middle =
        ascii("\t" + orderId + "\t" + BenchProgramme.PARTNER.value() + "\t"
            + BenchProgramme.PRODUCT.value() + "\t1\t1\t0\t");
    byte[] suffix = ascii("\tVALID\t" + timestamp(issuedAt) + "\t" + timestamp(expiresAt) + "\n");
    byte[] digest = new byte[DIGEST_BYTES];
    byte[] sealed = new byte[SEALED_BYTES];
    byte[] lastFour = new byte[4];
    byte[] buffer = new byte[CHUNK + 1024];
    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      int at = 0;
      for (int i = 0; i < count; i++) {
        codes.fill(i, digest, sealed, lastFour);
        at = put(buffer, at, prefix);
        int sequence = i + 1;
        for (int d = 6; d >= 0; d--) {
          buffer[at + d] = (byte) ('0' + sequence % 10);
          sequence /= 10;
        }
        at += 7;
        at = put(buffer, at, middle);
        at = hex(buffer, at, digest);
        buffer[at++] = '\t';
        at = put(buffer, at, lastFour);
        buffer[at++] = '\t';
        at = hex(buffer, at, sealed);
        at = put(buffer, at, suffix);
        if (at >= CHUNK) {
          copy.writeToCopy(buffer, 0, at);
          at = 0;
        }
      }
      if (at > 0) {
        copy.writeToCopy(buffer, 0, at);
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** bytea in hex form, its backslash escaped for the COPY text format: {@code \\x0a1b...}. */
  private static int hex(byte[] buffer, int at, byte[] bytes) {
    buffer[at++] = '\\';
    buffer[at++] = '\\';
    buffer[at++] = 'x';
    for (byte b : bytes) {
      buffer[at++] = HEX[(b >> 4) & 0xf];
      buffer[at++] = HEX[b & 0xf];
    }
    return at;
  }

  private static int put(byte[] buffer, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, buffer, at, bytes.length);
    return at + bytes.length;
  }

  private static String timestamp(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC).toString();
  }

  private static byte[] ascii(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    if (!Arrays.equals(bytes, text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new IllegalArgumentException("not ASCII: " + text);
    }
    for (byte b : bytes) {
      if (b == '\\') {
        throw new IllegalArgumentException("needs COPY escaping: " + text);
      }
    }
    return bytes;
  }
}
