package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every statement the adapters run with a WHERE clause is planned with an index on PostgreSQL
 * (sequential scans switched off, so that empty tables do not hide a missing index).
 */
class ExplainTest {

  @ParameterizedTest
  @ValueSource(strings = {
      JdbcPartners.SELECT_PARTNER,
      JdbcPartners.CHANGE_TIER,
      JdbcPartners.NEXT_SEQ,
      JdbcPartners.SELECT_HISTORY,
      JdbcCatalog.SELECT_PRODUCT,
      JdbcCatalog.SELECT_PRODUCTS,
      JdbcMandates.SELECT_OF})
  void usesAnIndex(String sql) throws SQLException {
    String plan = explain(sql.replace("?", "'x'"));
    assertThat(plan).as(sql).contains("Index").doesNotContain("Seq Scan");
  }

  private static String explain(String sql) throws SQLException {
    DataSource dataSource = TestDatabase.POSTGRES.freshDataSource();
    JdbcSchema.initialize(dataSource);
    List<String> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      try (ResultSet rows = s.executeQuery("EXPLAIN " + sql)) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
    }
    return String.join("\n", lines);
  }
}
