// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * C-1, C-5 over JDBC: no plaintext code at rest. After orders were placed, activation links
 * sent (outbox rows), vouchers redeemed and an order cancelled through the library, every
 * {@code vouchers_*} table is dumped (every column as text, binary columns as hex and as raw
 * bytes read as Latin-1; plus {@code SCRIPT} on H2 and {@code SELECT t::text} per row on
 * PostgreSQL), and no issued code occurs in it: not canonical, not in display form with
 * hyphens, not in lower case, not as the hex of its characters. Both vault modes: codes kept
 * retrievable (sealed) and shown once (digest only).
 */
class CodesAtRestTest {
  private static final String RECIPIENT = "recipient@customer.example";

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void noTableHoldsAPlaintextCode_C1_C5(TestDatabase database) throws SQLException {
    byte[] lookupKey = new byte[32];
    new SecureRandom().nextBytes(lookupKey);
    for (CodeVault vault : List.of(CodeVault.withRandomKeys(), CodeVault.shownOnce(lookupKey))) {
      try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database, vault)) {
        PlacedOrder kept = library.place(20);
        PlacedOrder cancelled = library.place(5);
        for (int i = 0; i < 6; i++) {
          assertThat(library.sendActivationLink(kept.voucher(i), RECIPIENT).isRight()).isTrue();
        }
        for (int i = 3; i < 9; i++) {
          assertThat(library.redeem(kept.codes().get(i), library.customer).isRight()).isTrue();
        }
        assertThat(library.cancel(cancelled.order().id()).isRight()).isTrue();
        assertThat(library.count("SELECT COUNT(*) FROM vouchers_outbox")).isEqualTo(6);

        String dump = dump(library.dataSource(), database);

        // the dump covers the tables: what is stored in the clear is in it
        assertThat(dump).contains(RECIPIENT, kept.order().id().value(), "REDEEMED", "CANCELLED");
        List<VoucherCode> codes = new ArrayList<>(kept.codes());
        codes.addAll(cancelled.codes());
        for (VoucherCode code : codes) {
          assertThat(dump).contains(code.lastFour());
          for (String form : forms(library.display(code), code)) {
            assertThat(dump.contains(form))
                .as("a code (%s form, vault %s) is stored in plaintext", formName(form, code),
                    vault.keepsCodesRetrievable() ? "retrievable" : "shown once")
                .isFalse();
          }
        }
      }
    }
  }

  private static List<String> forms(String display, VoucherCode code) {
    String canonical = code.reveal();
    return List.of(canonical, display, canonical.toLowerCase(Locale.ROOT),
        display.toLowerCase(Locale.ROOT),
        HexFormat.of().formatHex(canonical.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String formName(String form, VoucherCode code) {
    if (form.equals(code.reveal())) {
      return "canonical";
    }
    return form.contains("-") ? "display" : "lower-case or hex";
  }

  /** Every row of every vouchers_* table of the current schema, as text. */
  static String dump(DataSource dataSource, TestDatabase database) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      DatabaseMetaData metaData = c.getMetaData();
      try (ResultSet rows = metaData.getTables(null, c.getSchema(), null,
          new String[] {"TABLE"})) {
        while (rows.next()) {
          String table = rows.getString("TABLE_NAME");
          if (table.toLowerCase(Locale.ROOT).startsWith("vouchers_")) {
            tables.add(table);
          }
        }
      }
      assertThat(tables).extracting(t -> t.toLowerCase(Locale.ROOT))
          .contains("vouchers_orders", "vouchers_order_lines", "vouchers_vouchers",
              "vouchers_history", "vouchers_outbox");
      boolean postgres = database.name().startsWith("POSTGRES")
          || metaData.getDatabaseProductName().equals(Dialect.POSTGRESQL.productName());
      for (String table : tables) {
        out.append("\n-- ").append(table).append('\n');
        try (ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            for (int i = 1; i <= columns.getColumnCount(); i++) {
              Object value = rows.getObject(i);
              if (value instanceof byte[] bytes) {
                out.append(HexFormat.of().formatHex(bytes)).append('|')
                    .append(new String(bytes, StandardCharsets.ISO_8859_1));
              } else {
                out.append(value);
              }
              out.append('\t');
            }
            out.append('\n');
          }
        }
        if (postgres) {
          try (ResultSet rows = s.executeQuery("SELECT t::text FROM " + table + " t")) {
            while (rows.next()) {
              out.append(rows.getString(1)).append('\n');
            }
          }
        }
      }
      if (!postgres) {
        try (ResultSet rows = s.executeQuery("SCRIPT")) {
          while (rows.next()) {
            out.append(rows.getString(1)).append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
