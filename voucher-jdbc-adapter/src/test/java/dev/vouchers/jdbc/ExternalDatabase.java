// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;

/**
 * An optional database outside the build, for running the contract suites and the concurrency
 * tests against a real server (e.g. a managed PostgreSQL):
 *
 * <pre>{@code
 * VOUCHERS_TEST_JDBC_URL=jdbc:postgresql://db.example:5432/vouchers_test \
 * VOUCHERS_TEST_JDBC_USER=test VOUCHERS_TEST_JDBC_PASSWORD=secret ./mvnw -B verify
 * }</pre>
 *
 * <p>Without {@code VOUCHERS_TEST_JDBC_URL} every test on {@link TestDatabase#EXTERNAL} is
 * skipped (a JUnit assumption, reported as skipped, never as passed). With it, each test gets a
 * schema of its own ({@code CREATE SCHEMA}, then {@code currentSchema} on PostgreSQL-compatible
 * databases, {@code ;SCHEMA=} on H2 server URLs); the schemas made by a run are dropped when the
 * test JVM exits. The user needs the right to create schemas.
 */
final class ExternalDatabase {
  static final String URL = "VOUCHERS_TEST_JDBC_URL";
  static final String USER = "VOUCHERS_TEST_JDBC_USER";
  static final String PASSWORD = "VOUCHERS_TEST_JDBC_PASSWORD";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  /** Distinguishes the schemas of concurrent runs against one database. */
  private static final String RUN = Long.toString(
      ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
  private static final List<String> CREATED = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ExternalDatabase::dropSchemas,
        "drop external test schemas"));
  }

  private ExternalDatabase() {}

  /** The configured URL, if any. */
  static Optional<String> url() {
    return Optional.ofNullable(System.getenv(URL)).filter(url -> !url.isBlank());
  }

  /**
   * A new, empty schema of the external database as a data source whose default schema it is.
   * Aborts the calling test (skipped) when no external database is configured.
   */
  static DataSource freshSchema() {
    Optional<String> url = url();
    Assumptions.assumeTrue(url.isPresent(), URL + " is not set: no external database to test");
    String base = url.get();
    String schema = "vouchers_test_" + RUN + "_" + SCHEMAS.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base, credentials());
        Statement statement = c.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create schema " + schema + " in " + base, e);
    }
    CREATED.add(schema);
    String lower = base.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      Properties properties = credentials();
      properties.setProperty("currentSchema", schema);
      return new DriverManagerDataSource(base, properties);
    }
    if (lower.startsWith("jdbc:h2:")) {
      // H2 upper-cases unquoted identifiers
      return new DriverManagerDataSource(base + ";SCHEMA=" + schema.toUpperCase(Locale.ROOT),
          credentials());
    }
    throw new IllegalStateException(URL + " must be a jdbc:postgresql: or jdbc:h2: URL, the"
        + " databases the adapter supports; got " + base);
  }

  private static Properties credentials() {
    Properties properties = new Properties();
    Optional.ofNullable(System.getenv(USER)).ifPresent(user -> properties.setProperty("user", user));
    Optional.ofNullable(System.getenv(PASSWORD))
        .ifPresent(password -> properties.setProperty("password", password));
    return properties;
  }

  private static void dropSchemas() {
    if (CREATED.isEmpty() || url().isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url().get(), credentials());
        Statement statement = c.createStatement()) {
      for (String schema : CREATED) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    } catch (SQLException e) {
      LoggerFactory.getLogger(ExternalDatabase.class)
          .warn("could not drop the test schemas {}: {}", CREATED, e.getMessage());
    }
  }

  /** A data source without a pool: a new connection per call, as the plain test sources. */
  private static final class DriverManagerDataSource extends ConnectionSource {
    private final String url;
    private final Properties properties;

    DriverManagerDataSource(String url, Properties properties) {
      this.url = url;
      this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, properties);
    }
  }
}
