// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * M-5, L-1, L-2 (ADR 0055, 0057): every statement of the event outbox is read through the index
 * made for it: the relay's claim (due events, and "no earlier undelivered event of the
 * aggregate"), the marks (delivered, failed, parked), the parked events' page, the retry, the
 * backlog and the retention sweep's delete. On PostgreSQL over 200,000 events of 50,000
 * aggregates, almost all delivered (as a store that keeps up leaves them), analysed, as generic
 * plans with sequential scans allowed: each plan names its index, and no table is scanned; the
 * retention delete, without its index, would scan the table (so the table is large enough to
 * tell). On H2 the plan names the index of each table read.
 */
class ExplainEventsTest {
  private static final String T0 = "TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'";
  private static final int EVENTS_PG = 200_000;
  private static final int EVENTS_H2 = 20_000;
  private static final Pattern INDEX = Pattern.compile(
      "(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)?(?: using| on) (\\w+)");

  /**
   * A statement and the indexes its plan must read ({@code required}) and may read: a plan that
   * reads another index walks a range it was not made for.
   */
  private record Expected(Set<String> required, Set<String> allowed) {
    static Expected only(String index) {
      return new Expected(Set.of(index), Set.of(index));
    }
  }

  /** Each statement of the PostgreSQL adapter and its indexes. */
  private static Map<String, Expected> postgresStatements() {
    Map<String, Expected> statements = new LinkedHashMap<>();
    // the due events, none with an earlier undelivered event of its aggregate; then each
    // claimed one written (found by its sequence)
    statements.put(JdbcEventOutbox.CLAIM_POSTGRESQL, new Expected(
        Set.of("vouchers_events_due", "vouchers_events_open"),
        Set.of("vouchers_events_due", "vouchers_events_open", "vouchers_events_pkey")));
    statements.put(JdbcEventOutbox.DELIVERED, Expected.only("vouchers_events_pkey"));
    statements.put(JdbcEventOutbox.FAILED, Expected.only("vouchers_events_pkey"));
    statements.put(JdbcEventOutbox.PARKED, Expected.only("vouchers_events_pkey"));
    statements.put(JdbcEventOutbox.LIST_PARKED, Expected.only("vouchers_events_parked"));
    // the id's unique index, or (few parked events, as here) the parked ones' partial index
    statements.put(JdbcEventOutbox.RETRY, new Expected(Set.of(),
        Set.of("vouchers_events_id_key", "vouchers_events_parked")));
    statements.put(JdbcEventOutbox.BACKLOG, Expected.only("vouchers_events_due"));
    statements.put(JdbcEventOutbox.REMOVE_DELIVERED_POSTGRESQL,
        Expected.only("vouchers_events_delivered"));
    return statements;
  }

  @Test
  void everyStatementOfTheEventOutboxIsReadThroughItsIndexOnPostgresql_M5_L1()
      throws SQLException {
    DataSource database = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "generate_series(0, " + (EVENTS_PG - 1) + ") g", "g", EVENTS_PG);
      s.execute("VACUUM ANALYZE vouchers_events");
    }
    ((PGSimpleDataSource) database).setPreferQueryMode(PreferQueryMode.SIMPLE);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      for (Map.Entry<String, Expected> statement : postgresStatements().entrySet()) {
        String sql = statement.getKey();
        String plan = explainGeneric(s, sql);
        String context = sql + "\n" + plan;
        assertThat(plan).as(context).doesNotContain("Seq Scan");
        assertThat(indexes(plan)).as(context).isNotEmpty()
            .containsAll(statement.getValue().required())
            .isSubsetOf(statement.getValue().allowed());
      }
      // the claim locks and returns its events in sequence order, at most one per aggregate
      assertThat(explainGeneric(s, JdbcEventOutbox.CLAIM_POSTGRESQL)).contains("LockRows")
          .contains("Anti Join");
      // the sweep deletes the rows it locked by their ctid
      assertThat(explainGeneric(s, JdbcEventOutbox.REMOVE_DELIVERED_POSTGRESQL))
          .contains("Tid Scan").contains("LockRows").contains("Limit");
    }
  }

  @Test
  void withoutItsIndexTheRetentionDeleteWouldScanTheTable_M5_L2() throws SQLException {
    DataSource database = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "generate_series(0, " + (EVENTS_PG - 1) + ") g", "g", EVENTS_PG);
      s.execute("DROP INDEX vouchers_events_delivered");
      s.execute("VACUUM ANALYZE vouchers_events");
    }
    ((PGSimpleDataSource) database).setPreferQueryMode(PreferQueryMode.SIMPLE);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      assertThat(explainGeneric(s, JdbcEventOutbox.REMOVE_DELIVERED_POSTGRESQL))
          .contains("Seq Scan on vouchers_events");
    }
  }

  @Test
  void everyStatementOfTheEventOutboxIsReadThroughAnIndexOnH2_M5_L1() throws SQLException {
    DataSource database = TestDatabase.H2.freshDataSource();
    JdbcSchema.initialize(database);
    String now = "TIMESTAMP WITH TIME ZONE '2026-03-02 10:00:00+00'";
    // each statement, its parameters, and the index conditions its plan must show: H2 has no
    // partial indexes, so the undelivered rows are a range of vouchers_events_due or
    // vouchers_events_parked (both lead with the delivery columns), whichever it costs lower
    String undelivered = "PUBLIC\\.VOUCHERS_EVENTS_(DUE|PARKED): [^*]*DELIVERED_AT IS NULL";
    String bySeq = "PUBLIC\\.PRIMARY_KEY_\\w+: SEQ = ";
    Map<String, List<String>> statements = new LinkedHashMap<>();
    Map<String, List<String>> required = Map.of(
        JdbcEventOutbox.CANDIDATES_H2, List.of(undelivered,
            "PUBLIC\\.VOUCHERS_EVENTS_OPEN: [^*]*AGGREGATE_ID = "),
        JdbcEventOutbox.CLAIM_ONE_H2, List.of(bySeq,
            "PUBLIC\\.VOUCHERS_EVENTS_OPEN: [^*]*AGGREGATE_ID = "),
        JdbcEventOutbox.READ_ONE, List.of(bySeq),
        JdbcEventOutbox.DELIVERED, List.of(bySeq),
        JdbcEventOutbox.FAILED, List.of(bySeq),
        JdbcEventOutbox.PARKED, List.of(bySeq),
        JdbcEventOutbox.LIST_PARKED, List.of(undelivered
            + "|PUBLIC\\.VOUCHERS_EVENTS_PARKED: [^*]*PARKED_AT IS NOT NULL"),
        JdbcEventOutbox.RETRY, List.of("PUBLIC\\.\\w+: [^*]*ID = "),
        JdbcEventOutbox.BACKLOG, List.of(undelivered),
        JdbcEventOutbox.REMOVE_DELIVERED_H2, List.of("PUBLIC\\.\\w+: [^*]*SEQ IN\\(",
            "PUBLIC\\.VOUCHERS_EVENTS_DUE: [^*]*DELIVERED_AT < "));
    statements.put(JdbcEventOutbox.CANDIDATES_H2, List.of(now, "100"));
    statements.put(JdbcEventOutbox.CLAIM_ONE_H2, List.of(now, "19990", now));
    statements.put(JdbcEventOutbox.READ_ONE, List.of("19990"));
    statements.put(JdbcEventOutbox.DELIVERED, List.of(now, "19990", "1"));
    statements.put(JdbcEventOutbox.FAILED, List.of(now, "'503'", "19990", "1"));
    statements.put(JdbcEventOutbox.PARKED, List.of(now, "'410'", "19990", "1"));
    statements.put(JdbcEventOutbox.LIST_PARKED, List.of("0", "50"));
    statements.put(JdbcEventOutbox.RETRY,
        List.of(now, "'5d0f0a52-6e0c-4f44-9d8e-1f2a3b4c5d6e'"));
    statements.put(JdbcEventOutbox.BACKLOG, List.of());
    statements.put(JdbcEventOutbox.REMOVE_DELIVERED_H2, List.of(now, "1000"));
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      fill(s, "SYSTEM_RANGE(0, " + (EVENTS_H2 - 1) + ")", "X", EVENTS_H2);
      s.execute("ANALYZE");
      for (Map.Entry<String, List<String>> statement : statements.entrySet()) {
        String sql = literal(statement.getKey(), statement.getValue());
        String plan = String.join("\n", rows(s, "EXPLAIN " + sql));
        String context = sql + "\n" + plan;
        assertThat(plan).as(context).doesNotContainIgnoringCase("tableScan");
        for (String condition : required.get(statement.getKey())) {
          assertThat(plan).as(context).containsPattern(condition);
        }
      }
    }
  }

  /**
   * {@code events} events of a quarter as many aggregates, one a second; all delivered a minute
   * after they happened but the last thousandth, which are pending, failed (due later) or
   * parked.
   */
  private static void fill(Statement s, String range, String n, int events)
      throws SQLException {
    int open = events - events / 1000;
    String at = T0 + " + " + n + " * INTERVAL '1' SECOND";
    s.execute("INSERT INTO vouchers_events (aggregate_type, aggregate_id, event_type,"
        + " occurred_at, body, attempts, due_at, delivered_at, parked_at, last_error)"
        + " SELECT 'VOUCHER', CONCAT('v', MOD(" + n + ", " + events / 4 + ")), 'voucher.moved', "
        + at + ", '{}', 1, " + at + ", CASE WHEN " + n + " < " + open + " THEN " + at
        + " + INTERVAL '1' MINUTE END, CASE WHEN " + n + " >= " + open + " AND MOD(" + n
        + ", 3) = 0 THEN " + at + " END, CASE WHEN " + n + " >= " + open + " AND MOD(" + n
        + ", 3) <> 1 THEN 'HTTP 503' END FROM " + range);
  }

  /** EXPLAIN (GENERIC_PLAN) with the planner's defaults (sequential scans allowed). */
  private static String explainGeneric(Statement s, String sql) throws SQLException {
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        numbered.append('$').append(++n);
      } else {
        numbered.append(ch);
      }
    }
    return String.join("\n", rows(s, "EXPLAIN (GENERIC_PLAN) " + numbered));
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }

  private static Set<String> indexes(String plan) {
    Set<String> indexes = new TreeSet<>();
    Matcher index = INDEX.matcher(plan);
    while (index.find()) {
      indexes.add(index.group(1).toLowerCase(Locale.ROOT));
    }
    return indexes;
  }

  /** The statement with its parameters as SQL literals (H2 explains no parameters). */
  private static String literal(String sql, List<String> parameters) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        out.append(parameters.get(next++));
      } else {
        out.append(ch);
      }
    }
    assertThat(next).as(sql).isEqualTo(parameters.size());
    return out.toString();
  }
}
