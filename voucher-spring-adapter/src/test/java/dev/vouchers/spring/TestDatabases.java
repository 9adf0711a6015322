// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh databases for shop contexts: an H2 in-memory database per call, or a schema of its
 * own on one embedded PostgreSQL per test JVM (a real server from a Maven artifact).
 */
public enum TestDatabases {
  H2,
  POSTGRES;

  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  /** A JDBC URL of a new, empty database (kept while the JVM lives). */
  public String freshUrl() {
    if (this == H2) {
      return "jdbc:h2:mem:shop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
    String schema = "shop_" + SCHEMAS.incrementAndGet();
    try (Connection c = Server.POSTGRES.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create schema " + schema, e);
    }
    return "jdbc:postgresql://localhost:" + Server.POSTGRES.getPort()
        + "/postgres?user=postgres&currentSchema=" + schema;
  }

  /** Started on first use, stopped by its shutdown hook. */
  private static final class Server {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        return EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
    }
  }
}
