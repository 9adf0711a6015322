// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The adapter's tables, shipped in the jar per dialect: {@link #resource(Dialect)} for tools
 * and reviews, {@link #flywayLocation(Dialect)} for Flyway, {@link #initialize(DataSource)} to
 * create them at startup. Every table is prefixed {@code vouchers_}.
 */
public final class JdbcSchema {
  /** The schema version the scripts create. */
  public static final int VERSION = 1;

  /** "vouchers" as a number, to keep the advisory lock apart from the application's. */
  private static final long ADVISORY_LOCK = 0x766f756368657273L;

  private JdbcSchema() {}

  /**
   * The class-path resource of the dialect's schema script, e.g.
   * {@code dev/vouchers/jdbc/schema/v1/postgresql.sql}.
   */
  public static String resource(Dialect dialect) {
    return "dev/vouchers/jdbc/schema/v" + VERSION + "/" + dialect.id() + ".sql";
  }

  /**
   * The Flyway location holding the same script as {@code V1__vouchers.sql}, e.g.
   * {@code classpath:dev/vouchers/jdbc/migration/postgresql}.
   */
  public static String flywayLocation(Dialect dialect) {
    return "classpath:dev/vouchers/jdbc/migration/" + dialect.id();
  }

  /**
   * Creates the tables and indexes that do not exist yet (idempotent), for the detected dialect.
   * Concurrent initializations wait for each other: on PostgreSQL through an advisory lock, on
   * H2 (embedded, in this JVM) through a JVM-wide lock.
   *
   * @throws JdbcStorageException if the database refuses a statement or is not supported
   */
  public static void initialize(DataSource dataSource) {
    initialize(dataSource, Dialect.detect(dataSource));
  }

  /**
   * Creates the tables and indexes of the given dialect that do not exist yet (idempotent).
   *
   * @throws JdbcStorageException if the database refuses a statement
   */
  public static void initialize(DataSource dataSource, Dialect dialect) {
    if (dialect == Dialect.H2) {
      // H2 has no advisory lock, and its DDL is not safe against itself running concurrently;
      // an embedded H2 lives in this JVM, so a JVM-wide lock serialises initializations
      synchronized (H2_INITIALIZATION) {
        run(dataSource, dialect);
      }
    } else {
      run(dataSource, dialect);
    }
  }

  private static final Object H2_INITIALIZATION = new Object();

  private static void run(DataSource dataSource, Dialect dialect) {
    List<String> statements = statements(dialect);
    new Transactions(dataSource, Isolation.DATABASE_DEFAULT, Transactions.DEFAULT_MAX_ATTEMPTS)
        .inTransaction("initialize the vouchers schema from " + resource(dialect), connection -> {
          try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
              // CREATE ... IF NOT EXISTS is not safe against itself running concurrently
              statement.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
            }
            for (String sql : statements) {
              statement.execute(sql);
            }
          }
          return null;
        });
  }

  /**
   * The statements of the dialect's script: full-line comments dropped, split where a line ends
   * with {@code ;}.
   */
  static List<String> statements(Dialect dialect) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script(dialect).split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(line, 0, line.lastIndexOf(';'));
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException(
          resource(dialect) + " ends with a statement without ';': " + current);
    }
    return List.copyOf(statements);
  }

  /** The text of the dialect's schema script. */
  static String script(Dialect dialect) {
    String resource = resource(dialect);
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }
}
