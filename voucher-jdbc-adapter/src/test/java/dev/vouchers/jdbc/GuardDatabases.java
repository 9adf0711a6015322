// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.vouchers.testkit.guard.GuardStorage;
import dev.vouchers.testkit.guard.StoreDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The guard's storage over a fresh test database (L-4): every JDBC adapter over one pool, and
 * a digest of every {@code vouchers_*} table: all rows of each, every column as text, the rows
 * sorted, hashed with SHA-256. The pool of the last storage is closed when the next one is made
 * (and by {@link #close()}).
 */
final class GuardDatabases implements AutoCloseable {
  private final TestDatabase database;
  private Optional<HikariDataSource> current = Optional.empty();

  GuardDatabases(TestDatabase database) {
    this.database = database;
  }

  GuardStorage fresh() {
    close();
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.freshDataSource());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    HikariDataSource pool = new HikariDataSource(config);
    current = Optional.of(pool);
    JdbcStorage jdbc = database.storageOver(pool);
    return new GuardStorage(TestDatabase.storageOf(jdbc), InvitationDatabases.of(jdbc),
        ResellerTestStorage.of(jdbc), SubscriptionDatabases.of(jdbc), digest(pool));
  }

  /**
   * The digest of every table of the library in the data source's schema. The tables are listed
   * once, at the first digest (a fresh schema gains no table while a guard runs; reading the
   * catalogue on every call was most of the guard's time on PostgreSQL).
   */
  static StoreDigest digest(DataSource dataSource) {
    List<String> listed = new ArrayList<>();
    return () -> {
      StringBuilder all = new StringBuilder();
      try (Connection connection = dataSource.getConnection()) {
        if (listed.isEmpty()) {
          listed.addAll(tables(connection));
        }
        for (String table : listed) {
          List<String> rows = new ArrayList<>();
          try (Statement statement = connection.createStatement();
              ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= columns.getColumnCount(); i++) {
                row.append(columns.getColumnLabel(i)).append('=').append(result.getString(i))
                    .append('\u0001');
              }
              rows.add(row.toString());
            }
          }
          Collections.sort(rows);
          all.append(table).append(':').append(rows.size()).append('\n');
          rows.forEach(row -> all.append(row).append('\n'));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("could not digest the tables", e);
      }
      return StoreDigest.sha256(all.toString());
    };
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet result = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
        new String[] {"TABLE"})) {
      while (result.next()) {
        String name = result.getString("TABLE_NAME");
        if (name.toLowerCase(Locale.ROOT).startsWith("vouchers_")) {
          tables.add(name);
        }
      }
    }
    Collections.sort(tables);
    if (tables.isEmpty()) {
      throw new IllegalStateException("no vouchers_* table found to digest");
    }
    return tables;
  }

  @Override
  public void close() {
    current.ifPresent(HikariDataSource::close);
    current = Optional.empty();
  }
}
