// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.voucher.domain.Voucher;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * O-4 on PostgreSQL: the vouchers of a new order go in with {@code COPY ... FROM STDIN} (text
 * format), streamed in 64 KiB chunks as the lazy list is read, inside the order's transaction.
 * A code clash fails the COPY with the unique constraint, and the order's writes are rolled
 * back: the transaction, or, joined to an application's transaction, to a savepoint.
 * Only the PostgreSQL classes (this one, {@link PostgresImportCopy}, {@link PostgresBinaryRows})
 * touch pgjdbc, so H2 users need not have it.
 */
final class PostgresCopy implements OrderInsertion.NewVoucherWriter {
  static final String COPY = """
      COPY vouchers_vouchers (id, order_id, partner_id, product_id, validity_years, fqdns,
        wildcards, code_digest, code_last_four, code_sealed, status, issued_at, expires_at,
        code_key)
      FROM STDIN""";
  private static final int CHUNK = 64 * 1024;
  private static final HexFormat HEX = HexFormat.of();

  @Override
  public void write(Connection connection, List<Voucher> vouchers) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      StringBuilder rows = new StringBuilder(CHUNK + 1024);
      for (Voucher v : vouchers) {
        text(rows, v.id().value()).append('\t');
        text(rows, v.order().value()).append('\t');
        text(rows, v.partner().value()).append('\t');
        text(rows, v.configuration().product().value()).append('\t');
        rows.append(v.configuration().validityYears()).append('\t')
            .append(v.configuration().fqdns()).append('\t')
            .append(v.configuration().wildcards()).append('\t');
        bytea(rows, v.code().digest().bytes()).append('\t');
        text(rows, v.code().lastFour()).append('\t');
        byte[] sealed = v.code().sealed().orElse(null);
        if (sealed == null) {
          rows.append("\\N");
        } else {
          bytea(rows, sealed);
        }
        rows.append('\t').append(v.status().name()).append('\t');
        timestamp(rows, v.issuedAt()).append('\t');
        timestamp(rows, v.expiresAt()).append('\t');
        text(rows, v.code().keyId()).append('\n');
        if (rows.length() >= CHUNK) {
          send(copy, rows);
        }
      }
      send(copy, rows);
      copy.endCopy();
    } catch (SQLException | RuntimeException e) {
      // keep the server's error (a code clash is a 23505): a failed cancel is only suppressed
      try {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      } catch (SQLException cancel) {
        e.addSuppressed(cancel);
      }
      throw e;
    }
  }

  private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
    if (rows.length() > 0) {
      byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      rows.setLength(0);
    }
  }

  /** COPY text format: backslash, tab, newline and carriage return are escaped. */
  static StringBuilder text(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }

  /** bytea in hex form; its backslash escaped for the COPY text format. */
  static StringBuilder bytea(StringBuilder out, byte[] bytes) {
    return out.append("\\\\x").append(HEX.formatHex(bytes));
  }

  /** ISO 8601 at UTC, to the microsecond PostgreSQL stores. */
  static StringBuilder timestamp(StringBuilder out, Instant at) {
    return out.append(at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
  }
}
