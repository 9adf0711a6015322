// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped schema scripts: one source, idempotent, ready for the lead's tables. */
class JdbcSchemaTest {
  private static final List<String> TABLES = List.of(
      "vouchers_code_attempts", // G-1: failed code attempts per caller key
      "vouchers_code_count", // C-1: the code counter's stripes
      "vouchers_customer_links", // reseller programme
      "vouchers_erasure_marks", "vouchers_erasures", // E-1: erasure of personal data
      "vouchers_events", // M-5: durable events
      "vouchers_history",
      "vouchers_idempotency_keys", // G-3: idempotency keys per caller
      "vouchers_import_rows", // M-1: an import's rows, staged in its transaction
      "vouchers_invitation_history", "vouchers_invitation_outbox", "vouchers_invitations",
      "vouchers_mandates",
      "vouchers_offers", // U-1..U-5: subscriptions
      "vouchers_order_lines", "vouchers_orders", "vouchers_outbox",
      "vouchers_partners", "vouchers_price_book", "vouchers_price_entries", "vouchers_products",
      // reseller programme
      "vouchers_reseller_application_history", "vouchers_reseller_applications",
      "vouchers_reseller_discounts",
      "vouchers_sub_account_history", "vouchers_sub_accounts",
      "vouchers_subscription_history", "vouchers_subscriptions", // U-1..U-5: subscriptions
      "vouchers_tier_changes", "vouchers_vouchers");
  /** Indexes besides primary keys and unique constraints, each serving a named query. */
  private static final int INDEXES = 6 // voucher history is found by its primary key (voucher, id)
      + 6  // sub-account invitations (I-1..I-3)
      + 5  // reseller programme (R-1, R-2; applications by partner, partner/status, status)
      + 4  // U-1..U-5: subscriptions by partner, by customer, due; history by subscription
      + 1  // C-1: the code counter by stripe
      + 2  // parked messages of both outboxes (S-2, I-1)
      + 5  // O-5 listings by partner and status (vouchers also by product; ADR 0031)
      + 1  // G-1: ended attempt windows, for the sweep
      + 1 // G-3: idempotency keys by first use, for the sweep
      + 1 // G-2: vouchers by their current activation link's token digest
      + 5 // E-1: closing moves of both histories, both outboxes by owner, the erasure marks
      + 2 // G-4: vouchers and outbox rows by the key their code is stored under
      + 7 // M-3: support search (recipient, last four; orders by customer name and notes)
      + 3; // M-5: events due, open per aggregate, parked
  /** Columns added to existing tables, each idempotent ({@code ADD COLUMN IF NOT EXISTS}). */
  private static final int ADDED_COLUMNS = 2 // G-4: code_key of vouchers and outbox
      + 1; // M-4: the outbox's order_number
  /** M-3: H2's generated search keys (PostgreSQL indexes the expressions instead). */
  private static final int H2_GENERATED_COLUMNS = 3;
  /**
   * M-5, ADR 0057: delivered events by delivery time, for the retention sweep (H2 reads the
   * leading {@code delivered_at} of {@code vouchers_events_due} instead).
   */
  private static final int POSTGRESQL_ONLY_INDEXES = 1;

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void initializingTwiceIsHarmless(TestDatabase database) throws SQLException {
    DataSource dataSource = database.freshDataSource();
    JdbcSchema.initialize(dataSource);
    JdbcSchema.initialize(dataSource);
    assertThat(tables(dataSource)).containsExactlyElementsOf(TABLES);
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void missingTablesNamesEveryTableUntilTheSchemaIsThere(TestDatabase database) {
    DataSource dataSource = database.freshDataSource();
    assertThat(JdbcSchema.missingTables(dataSource)).containsExactlyInAnyOrderElementsOf(TABLES);
    JdbcSchema.initialize(dataSource);
    assertThat(JdbcSchema.missingTables(dataSource)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theLiquibaseChangeLogRunsTheSameScript(Dialect dialect) throws IOException {
    String changeLog = read(JdbcSchema.LIQUIBASE_CHANGE_LOG);
    String script = JdbcSchema.resource(dialect);
    assertThat(changeLog).contains("dbms=\"" + dialect.id() + "\"")
        .contains("path=\"../" + script.substring(script.indexOf("schema/")) + "\"");
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void concurrentInitializationsWaitForEachOther(TestDatabase database) throws SQLException {
    DataSource dataSource = database.freshDataSource();
    CompletableFuture<?>[] runs = new CompletableFuture<?>[4];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = CompletableFuture.runAsync(() -> JdbcSchema.initialize(dataSource));
    }
    CompletableFuture.allOf(runs).join();
    assertThat(tables(dataSource)).containsExactlyElementsOf(TABLES);
  }

  /**
   * A second instance starting beside a running one, whose transactions write to every table:
   * the schema is complete, so the initialization reads the catalogue and takes no lock on a
   * table (an idempotent {@code CREATE INDEX} would wait for the running writes, and with
   * writes of both deadlocks). Its connections give up on any lock after two seconds.
   */
  @Test
  void initializingBesideRunningWritesTakesNoLockOnTheirTables_L3() throws SQLException {
    DataSource dataSource = TestDatabase.POSTGRES.freshDataSource();
    JdbcSchema.initialize(dataSource);
    HikariConfig config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setConnectionInitSql("SET lock_timeout = '2s'");
    config.setMaximumPoolSize(2);
    try (Connection running = dataSource.getConnection();
        HikariDataSource second = new HikariDataSource(config)) {
      running.setAutoCommit(false);
      try (Statement statement = running.createStatement()) {
        for (String table : TABLES) {
          statement.execute("LOCK TABLE " + table + " IN ROW EXCLUSIVE MODE");
        }
      }
      JdbcSchema.initialize(second);
      running.rollback();
    }
    assertThat(tables(dataSource)).containsExactlyElementsOf(TABLES);
  }

  /** An index or an added column that is missing makes the script run again, and it is back. */
  @Test
  void aMissingIndexOrAddedColumnIsCreatedAgain_L3() throws SQLException {
    DataSource dataSource = TestDatabase.POSTGRES.freshDataSource();
    JdbcSchema.initialize(dataSource);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP INDEX vouchers_vouchers_by_code_key");
      statement.execute("ALTER TABLE vouchers_outbox DROP COLUMN code_key");
      assertThat(JdbcSchema.complete(connection, JdbcSchema.statements(Dialect.POSTGRESQL)))
          .isFalse();
    }
    JdbcSchema.initialize(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      assertThat(JdbcSchema.complete(connection, JdbcSchema.statements(Dialect.POSTGRESQL)))
          .isTrue();
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT indexname FROM pg_indexes"
              + " WHERE schemaname = current_schema()"
              + " AND indexname = 'vouchers_vouchers_by_code_key'")) {
        assertThat(result.next()).isTrue();
      }
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT code_key FROM vouchers_outbox")) {
        assertThat(result.getMetaData().getColumnName(1)).isEqualTo("code_key");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void flywayMigrationIsTheSameScript(Dialect dialect) throws IOException {
    assertThat(JdbcSchema.flywayLocation(dialect))
        .isEqualTo("classpath:dev/vouchers/jdbc/migration/" + dialect.id());
    String migration = JdbcSchema.flywayLocation(dialect).substring("classpath:".length())
        + "/V1__vouchers.sql";
    assertThat(read(migration)).isEqualTo(read(JdbcSchema.resource(dialect)));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void scriptIsVersionedPerDatabaseAndIdempotent(Dialect dialect) {
    assertThat(JdbcSchema.resource(dialect))
        .isEqualTo("dev/vouchers/jdbc/schema/v1/" + dialect.id() + ".sql");
    assertThat(JdbcSchema.statements(dialect)).hasSize(TABLES.size() + INDEXES + ADDED_COLUMNS
            + (dialect == Dialect.H2 ? H2_GENERATED_COLUMNS : POSTGRESQL_ONLY_INDEXES))
        .allSatisfy(statement -> assertThat(statement).matches("(?s)(CREATE (TABLE|INDEX)"
            + " IF NOT EXISTS |ALTER TABLE \\w+ ADD COLUMN IF NOT EXISTS\\s).*"));
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = JdbcSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> tables(DataSource dataSource) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rows = c.getMetaData().getTables(null, c.getSchema(), "%",
            new String[] {"TABLE", "BASE TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return tables.stream().filter(t -> t.startsWith("vouchers_")).sorted().toList();
  }
}
