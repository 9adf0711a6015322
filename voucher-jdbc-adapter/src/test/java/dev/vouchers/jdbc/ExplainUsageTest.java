// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * M-6, A-1 (ADR 0050): a partner's usage report is planned as index ranges of that partner's
 * vouchers ({@code vouchers_vouchers_by_partner...}), with the history (per voucher) and the
 * order lines (per event) read by their primary keys: no scan of the vouchers, moves or lines
 * of other partners. On
 * PostgreSQL the tables hold 100,000 vouchers of 20 partners, two moves each, analysed, and
 * sequential scans are allowed, so the planner would choose one if no index fitted; H2's plan
 * names the index of each table it reads.
 */
class ExplainUsageTest {
  private static final String T0 = "TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'";
  private static final Pattern SCAN = Pattern.compile(
      "(Seq Scan|Bitmap Heap Scan|Bitmap Index Scan|Index Scan|Index Only Scan)( Backward)?"
          + "( using (\\w+))? on (\\w+)");

  /** H2's plan of a read of the vouchers: the index and its condition. */
  private static final Pattern H2_VOUCHERS = Pattern.compile(
      "FROM PUBLIC\\.VOUCHERS_VOUCHERS V\\s+/\\* PUBLIC\\.(\\w+): ([^*]*)\\*/");

  @Test
  void aPartnersReportReadsOnlyItsVouchersThroughIndexes_M6_A1() throws SQLException {
    DataSource database = TestDatabase.POSTGRES.freshDataSource();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "generate_series(0, 1999) g", "generate_series(0, 99999) g", "g", "MOD(g, 2000)");
      s.execute("ANALYZE");
      for (UsageBucket bucket : UsageBucket.values()) {
        String plan = explain(s, "EXPLAIN "
            + literal(JdbcUsageReports.statement(Dialect.POSTGRESQL, true, bucket)));
        List<String> scans = new ArrayList<>();
        Matcher scan = SCAN.matcher(plan);
        while (scan.find()) {
          scans.add(scan.group());
          String kind = scan.group(1);
          String index = kind.equals("Bitmap Index Scan") ? scan.group(5) : scan.group(4);
          String table = kind.equals("Bitmap Index Scan") ? null : scan.group(5);
          assertThat(kind).as("%s in%n%s", scan.group(), plan).isNotEqualTo("Seq Scan");
          if (kind.equals("Bitmap Heap Scan")) {
            continue;
          }
          assertThat(index).as("%s in%n%s", scan.group(), plan).isNotNull();
          if ("vouchers_vouchers".equals(table) || index.startsWith("vouchers_vouchers")) {
            assertThat(index).as(plan).startsWith("vouchers_vouchers_by_partner");
          } else if ("vouchers_history".equals(table)) {
            assertThat(index).as(plan).isEqualTo("vouchers_history_pkey");
          } else {
            assertThat(index).as(plan).isEqualTo("vouchers_order_lines_pkey");
          }
        }
        assertThat(plan).as(plan).containsPattern("partner_id\\)?(::text)? = 'p7'")
            .doesNotContain("Seq Scan");
        assertThat(scans).as(plan).anyMatch(s2 -> s2.contains("vouchers_history_pkey"))
            .anyMatch(s2 -> s2.contains("vouchers_order_lines_pkey"));
        assertThat(plan).as(plan)
            .containsPattern("Index Cond: \\(\\(voucher_id\\)::text = \\(v(_\\d)?\\.id\\)::text\\)");
      }
    }
  }

  @Test
  void onH2TooEachTableIsReadThroughAnIndex_M6_A1() throws SQLException {
    DataSource database = TestDatabase.H2.freshDataSource();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "SYSTEM_RANGE(0, 199)", "SYSTEM_RANGE(0, 1999)", "X", "MOD(X, 200)");
      s.execute("ANALYZE");
      for (UsageBucket bucket : UsageBucket.values()) {
        String plan = explain(s, "EXPLAIN "
            + literal(JdbcUsageReports.statement(Dialect.H2, true, bucket)));
        assertThat(plan).as(plan).doesNotContainIgnoringCase("tableScan");
        Matcher vouchers = H2_VOUCHERS.matcher(plan);
        int selections = 0;
        while (vouchers.find()) {
          selections++;
          assertThat(vouchers.group(1)).as(plan).startsWith("VOUCHERS_VOUCHERS_BY_PARTNER");
          assertThat(vouchers.group(2)).as(plan).contains("PARTNER_ID = 'p7'");
        }
        assertThat(selections).as(plan).isEqualTo(3);
        assertThat(plan).as(plan).containsPattern(
            "INNER JOIN PUBLIC\\.VOUCHERS_HISTORY H\\s+/\\* PUBLIC\\.\\w+: VOUCHER_ID = V\\.ID \\*/")
            .containsPattern("FROM PUBLIC\\.VOUCHERS_ORDER_LINES L\\s+/\\* PUBLIC\\.\\w+:"
                + " ORDER_ID = E\\.ORDER_ID \\*/")
            .containsPattern("FROM PUBLIC\\.VOUCHERS_ORDER_LINES C\\s+/\\* PUBLIC\\.\\w+:"
                + " ORDER_ID = E\\.ORDER_ID \\*/");
      }
    }
  }

  /**
   * Orders of 20 partners with one line each, vouchers spread over the orders, and two moves
   * each (assigned, then redeemed).
   *
   * @param orders the rows of the orders, each numbered {@code n}
   * @param vouchers the rows of the vouchers, each numbered {@code n}
   * @param n the row number's name
   * @param orderOf the voucher's order number, from {@code n}
   */
  private static void fill(Statement s, String orders, String vouchers, String n,
      String orderOf) throws SQLException {
    String partnerOfOrder = "CONCAT('p', MOD(" + n + ", 20))";
    // M-4: every order has its number; distinct nine-digit ones
    s.execute("INSERT INTO vouchers_orders (id, partner_id, payment_method, placed_at,"
        + " placed_by, status, version, order_number) SELECT CONCAT('o', " + n + "), "
        + partnerOfOrder + ", 'invoice', " + T0 + ", 'x', 'OPEN', 0, 100000000 + " + n
        + " * 7919 FROM " + orders);
    s.execute("INSERT INTO vouchers_order_lines (order_id, line_number, product_id,"
        + " validity_years, fqdns, wildcards, product_name, quantity, currency, unit_minor,"
        + " list_minor, price_source) SELECT CONCAT('o', " + n + "), 1, 'ssl-dv', 1, 1, 0, 'x',"
        + " 50, 'CHF', 5000, 5000, 'LIST_PRICE' FROM " + orders);
    s.execute("INSERT INTO vouchers_vouchers (id, order_id, partner_id, product_id,"
        + " validity_years, fqdns, wildcards, code_digest, code_last_four, status, issued_at,"
        + " expires_at) SELECT CONCAT('v', " + n + "), CONCAT('o', " + orderOf + "),"
        + " CONCAT('p', MOD(" + orderOf + ", 20)), 'ssl-dv', 1, 1, 0,"
        + " CAST(CONCAT('d', " + n + ") AS " + (n.equals("g") ? "BYTEA" : "VARBINARY")
        + "), 'ABCD', 'REDEEMED', " + T0 + ", " + T0 + " FROM " + vouchers);
    for (String[] move : new String[][] {{"VALID", "ASSIGNED"}, {"ASSIGNED", "REDEEMED"}}) {
      s.execute("INSERT INTO vouchers_history (voucher_id, from_status, to_status, moved_at,"
          + " by_whom, why, data) SELECT CONCAT('v', " + n + "), '" + move[0] + "', '" + move[1]
          + "', " + T0 + ", 'x', 'x', '' FROM " + vouchers);
    }
  }

  /** The report's query with its parameters as literals: partner p7, the year 2026. */
  private static String literal(JdbcUsageReports.Statement statement) {
    String from = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";
    String to = "TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00'";
    List<String> values = new ArrayList<>();
    for (Object parameter : statement.parameters()) {
      values.add(parameter instanceof VoucherStatus status ? "'" + status.name() + "'"
          : parameter == JdbcUsageReports.Slot.PARTNER ? "'p7'"
          : parameter == JdbcUsageReports.Slot.FROM ? from : to);
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char ch : statement.sql().toCharArray()) {
      if (ch == '?') {
        out.append(values.get(next++));
      } else {
        out.append(ch);
      }
    }
    assertThat(next).isEqualTo(values.size());
    return out.toString();
  }

  private static String explain(Statement s, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return String.join("\n", lines);
  }
}
