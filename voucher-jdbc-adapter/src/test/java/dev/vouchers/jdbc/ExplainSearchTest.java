// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.ordering.domain.VoucherSearch.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * M-3, L-1 (ADR 0054): every form of support search, of one partner and of every partner
 * (SUPPORT), is read through the index made for it: the first page's rows and capped count and
 * a later page's rows. On PostgreSQL over 100,000 vouchers of 2,000 orders of 20 partners
 * (half of them one partner's), analysed, as generic plans: index ranges only, in the
 * listing's order (no sort), except the last four symbols of every partner, whose few equal
 * endings are sorted. On H2 the plan names the index of each table read.
 */
class ExplainSearchTest {
  private static final String T0 = "TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'";
  private static final Optional<PartnerId> P7 = Optional.of(new PartnerId("p7"));
  private static final Cursor LATER = new Cursor(Instant.parse("2026-03-01T10:00:00Z"), "x");
  private static final Pattern INDEX = Pattern.compile(
      "(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)?(?: using| on) (\\w+)");

  /** One search form and the index it must be read through. */
  private record Form(VoucherSearch search, String index) {}

  private static List<Form> forms() {
    List<Form> forms = new ArrayList<>();
    for (Optional<PartnerId> partner : List.of(P7, Optional.<PartnerId>empty())) {
      String of = partner.isPresent() ? "by_partner_" : "by_";
      forms.add(new Form(new VoucherSearch(Field.RECIPIENT, "r15@example.com", partner),
          "vouchers_vouchers_" + of + "recipient"));
      forms.add(new Form(new VoucherSearch(Field.LAST_FOUR, "0042", partner),
          "vouchers_vouchers_by_last_four"));
      forms.add(new Form(new VoucherSearch(Field.CUSTOMER_NAME, "kunde 15", partner),
          "vouchers_orders_" + of + "customer"));
      forms.add(new Form(new VoucherSearch(Field.NOTES, "rechnung 15", partner),
          "vouchers_orders_" + of + "notes"));
    }
    return forms;
  }

  /** The statements of a form: first page's rows, its count, a later page's rows. */
  private static List<Listing.Statements> statements(Dialect dialect, VoucherSearch search) {
    if (search.field().ofOrder()) {
      return List.of(JdbcVoucherSearches.orders(dialect, search, Optional.empty(), 26),
          countOnly(JdbcVoucherSearches.countOfOrders(dialect, search)),
          JdbcVoucherSearches.orders(dialect, search, Optional.of(LATER), 26));
    }
    List<Listing.Range> ranges = List.of(JdbcVoucherSearches.voucherRange(dialect, search));
    return List.of(Listing.statements("vouchers_vouchers", Rows.VOUCHER_COLUMNS, "issued_at",
            ranges, PageRequest.first(25)),
        Listing.statements("vouchers_vouchers", Rows.VOUCHER_COLUMNS, "issued_at", ranges,
            PageRequest.after(25, LATER.encode())));
  }

  /** Only the count of statements whose rows are read otherwise (the walk of the orders). */
  private static Listing.Statements countOnly(Listing.Statements statements) {
    return new Listing.Statements("", List.of(), statements.count(),
        statements.countParameters());
  }

  @Test
  void everySearchFormIsReadThroughItsIndexOnPostgresql_M3_L1() throws SQLException {
    DataSource database = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "generate_series(0, 1999) g", "generate_series(0, 99999) g", "g",
          "MOD(g, 2000)", "CASE WHEN MOD(g, 2) = 0 THEN 'p7' ELSE CONCAT('p', MOD(g, 20)) END");
      s.execute("ANALYZE");
    }
    ((PGSimpleDataSource) database).setPreferQueryMode(PreferQueryMode.SIMPLE);
    for (Form form : forms()) {
      boolean sorts = form.search().field() == Field.LAST_FOUR
          && form.search().partner().isEmpty();
      for (Listing.Statements statement : statements(Dialect.POSTGRESQL, form.search())) {
        List<String> sqls = new ArrayList<>();
        if (!statement.rows().isEmpty()) {
          sqls.add(statement.rows());
        }
        if (!statement.count().isEmpty()) {
          sqls.add(statement.count());
        }
        for (String sql : sqls) {
          String plan = ExplainTest.explain(database, sql);
          String context = form.search() + "\n" + sql + "\n" + plan;
          assertThat(plan).as(context).doesNotContain("Seq Scan");
          Set<String> indexes = indexes(plan);
          assertThat(indexes).as(context).contains(form.index());
          boolean joined = sql.contains(JdbcVoucherSearches.ORDERS_WITH_VOUCHERS);
          assertThat(indexes).as(context).isSubsetOf(joined
              ? Set.of(form.index(), "vouchers_vouchers_by_order") : Set.of(form.index()));
          if (sql.equals(statement.rows()) && !sorts) {
            assertThat(plan).as("read in the listing's order: " + context)
                .doesNotContain("Sort Key");
          }
        }
      }
    }
  }

  /**
   * L-1 (ADR 0058): the capped count of a customer-name search of every partner runs without
   * parallel workers. The planner estimates a folded name at 0.5 % of the orders (no statistics from a
   * partial index), and at 10,000,000 vouchers it planned the count of a search of every partner
   * in parallel: two workers started for a handful of rows (SearchScale). Here the server is
   * told that workers cost nothing, so that it plans the count in parallel at this size too,
   * unless the adapter's setting forbids it in the count's transaction.
   */
  @Test
  void theCountOfAnOrderSearchStartsNoParallelWorkersOnPostgresql_M3_L1() throws SQLException {
    DataSource database = TestDatabase.POSTGRES.freshDataSource();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "generate_series(0, 1999) g", "generate_series(0, 99999) g", "g",
          "MOD(g, 2000)", "CASE WHEN MOD(g, 2) = 0 THEN 'p7' ELSE CONCAT('p', MOD(g, 20)) END");
      s.execute("ANALYZE");
      for (String cheap : List.of("parallel_setup_cost = 0", "parallel_tuple_cost = 0",
          "min_parallel_table_scan_size = 0", "min_parallel_index_scan_size = 0")) {
        s.execute("SET " + cheap);
      }
      // (the notes' count compares them whole as well, which the planner deems rarer still)
      VoucherSearch search = new VoucherSearch(Field.CUSTOMER_NAME, "kunde 15", Optional.empty());
      Listing.Statements count = JdbcVoucherSearches.countOfOrders(Dialect.POSTGRESQL, search);
      String sql = "EXPLAIN " + literal(count.count(), count.countParameters());
      assertThat(explain(s, sql)).as("planned in parallel unless told not to").contains("Gather");
      c.setAutoCommit(false);
      s.execute(JdbcVoucherSearches.COUNT_WITHOUT_PARALLEL_WORKERS);
      assertThat(explain(s, sql)).doesNotContain("Gather")
          .contains("vouchers_orders_by_customer", "vouchers_vouchers_by_order");
      c.rollback();
    }
  }

  @Test
  void everySearchFormIsReadThroughItsIndexOnH2_M3_L1() throws SQLException {
    DataSource database = TestDatabase.H2.freshDataSource();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "SYSTEM_RANGE(0, 199)", "SYSTEM_RANGE(0, 1999)", "X", "MOD(X, 200)",
          "CASE WHEN MOD(X, 2) = 0 THEN 'p7' ELSE CONCAT('p', MOD(X, 20)) END");
      s.execute("ANALYZE");
      for (Form form : forms()) {
        for (Listing.Statements statement : statements(Dialect.H2, form.search())) {
          List<String> sqls = new ArrayList<>();
          if (!statement.rows().isEmpty()) {
            sqls.add(literal(statement.rows(), statement.rowParameters()));
          }
          if (!statement.count().isEmpty()) {
            sqls.add(literal(statement.count(), statement.countParameters()));
          }
          for (String sql : sqls) {
            String plan = explain(s, "EXPLAIN " + sql);
            String context = form.search() + "\n" + sql + "\n" + plan;
            assertThat(plan).as(context).doesNotContainIgnoringCase("tableScan")
                .contains("PUBLIC." + form.index().toUpperCase(java.util.Locale.ROOT) + ":");
            if (sql.contains(JdbcVoucherSearches.ORDERS_WITH_VOUCHERS)) {
              // each order's vouchers through an index on the order (H2's own for the key)
              assertThat(plan).as(context).containsPattern(
                  "INNER JOIN PUBLIC\\.VOUCHERS_VOUCHERS V\\s+/\\* PUBLIC\\.\\w+: ORDER_ID = O\\.ID \\*/");
            }
          }
        }
      }
    }
  }

  /**
   * Orders (placed at one instant) with customer names shared by a few orders each and notes
   * shared by more (an invoice run); vouchers spread over the orders, a third with one of 5,000 recipients, and last
   * four symbols of 10,000 kinds.
   */
  private static void fill(Statement s, String orders, String vouchers, String n,
      String orderOf, String partnerOf) throws SQLException {
    s.execute("INSERT INTO vouchers_orders (id, partner_id, customer_name, notes,"
        + " payment_method, placed_at, placed_by, status, version, order_number)"
        + " SELECT CONCAT('o', " + n + "), " + partnerOf + ", CONCAT('Kunde ', MOD(" + n
        + ", 700)), CONCAT('Rechnung ', MOD(" + n + ", 40)), 'invoice', " + T0 + ", 'x', 'OPEN', 0,"
        + " 100000000 + " + n + " * 7919 FROM " + orders);
    s.execute("INSERT INTO vouchers_order_lines (order_id, line_number, product_id,"
        + " validity_years, fqdns, wildcards, product_name, quantity, currency, unit_minor,"
        + " list_minor, price_source) SELECT CONCAT('o', " + n + "), 1, 'ssl-dv', 1, 1, 0, 'x',"
        + " 50, 'CHF', 5000, 5000, 'LIST_PRICE' FROM " + orders);
    s.execute("INSERT INTO vouchers_vouchers (id, order_id, partner_id, product_id,"
        + " validity_years, fqdns, wildcards, code_digest, code_last_four, status, issued_at,"
        + " expires_at, recipient) SELECT CONCAT('v', " + n + "), CONCAT('o', " + orderOf + "),"
        + " " + partnerOf.replace(n, orderOf) + ", 'ssl-dv', 1, 1, 0,"
        + " CAST(CONCAT('d', " + n + ") AS " + (n.equals("g") ? "BYTEA" : "VARBINARY") + "),"
        + " LPAD(CAST(MOD(" + n + " * 7919, 10000) AS VARCHAR), 4, '0'), 'VALID', " + T0 + ", "
        + T0 + ", CASE WHEN MOD(" + n + ", 3) = 0 THEN CONCAT('r', MOD(" + n
        + ", 5000), '@example.com') END FROM " + vouchers);
  }

  private static Set<String> indexes(String plan) {
    Set<String> indexes = new TreeSet<>();
    Matcher index = INDEX.matcher(plan);
    while (index.find()) {
      indexes.add(index.group(1));
    }
    return indexes;
  }

  /** The statement with its parameters as SQL literals (H2 explains no parameters). */
  private static String literal(String sql, List<Object> parameters) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        Object value = parameters.get(next++);
        out.append(value instanceof Instant at ? "TIMESTAMP WITH TIME ZONE '" + at + "'"
            : value instanceof String text ? "'" + text.replace("'", "''") + "'"
            : value.toString());
      } else {
        out.append(ch);
      }
    }
    assertThat(next).isEqualTo(parameters.size());
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
