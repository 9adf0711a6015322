// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The adapter's tables, shipped in the jar per dialect: {@link #resource(Dialect)} for tools
 * and reviews, {@link #flywayLocation(Dialect)} for Flyway, {@link #LIQUIBASE_CHANGE_LOG} for
 * Liquibase, {@link #initialize(DataSource)} to create them at startup. Every table is prefixed
 * {@code vouchers_}; {@link #missingTables(DataSource)} tells whether they are there.
 */
public final class JdbcSchema {
  /** The schema version the scripts create. */
  public static final int VERSION = 1;

  /**
   * The Flyway history table the library's own migrations are recorded in, apart from the
   * application's {@code flyway_schema_history}.
   */
  public static final String FLYWAY_HISTORY_TABLE = "vouchers_flyway_history";

  /**
   * The class-path resource of the Liquibase change log (one change set per dialect, the same
   * scripts as {@link #resource(Dialect)}).
   */
  public static final String LIQUIBASE_CHANGE_LOG = "dev/vouchers/jdbc/liquibase/changelog.xml";

  /**
   * The Liquibase change-log table the library's change sets are recorded in, apart from the
   * application's {@code databasechangelog}.
   */
  public static final String LIQUIBASE_CHANGE_LOG_TABLE = "vouchers_databasechangelog";

  /** The Liquibase lock table that goes with {@link #LIQUIBASE_CHANGE_LOG_TABLE}. */
  public static final String LIQUIBASE_LOCK_TABLE = "vouchers_databasechangeloglock";

  private static final Pattern CREATE_TABLE =
      Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATE_INDEX = Pattern.compile(
      "CREATE (?:UNIQUE )?INDEX IF NOT EXISTS (\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADD_COLUMN = Pattern.compile(
      "ALTER TABLE (\\w+) ADD COLUMN IF NOT EXISTS\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

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

  /**
   * The tables of the dialect's script that the database does not have (empty when the schema
   * is there): one {@code SELECT 1 FROM table WHERE 1 = 0} per table, nothing read.
   *
   * @throws JdbcStorageException if no connection can be had
   */
  public static List<String> missingTables(DataSource dataSource) {
    Dialect dialect = Dialect.detect(dataSource);
    List<String> missing = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(dialect)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("""
              SELECT 1 FROM %s WHERE 1 = 0""".formatted(table));
        } catch (SQLException e) {
          missing.add(table);
          if (!connection.getAutoCommit()) {
            connection.rollback(); // PostgreSQL refuses every later statement of the transaction
          }
        }
      }
    } catch (SQLException e) {
      throw new JdbcStorageException("could not check the vouchers schema", e);
    }
    return List.copyOf(missing);
  }

  /** The tables the dialect's script creates, in its order. */
  static List<String> tables(Dialect dialect) {
    List<String> tables = new ArrayList<>();
    Matcher matcher = CREATE_TABLE.matcher(script(dialect));
    while (matcher.find()) {
      tables.add(matcher.group(1));
    }
    return List.copyOf(tables);
  }

  private static void run(DataSource dataSource, Dialect dialect) {
    List<String> statements = statements(dialect);
    new Transactions(dataSource, Isolation.DATABASE_DEFAULT, Transactions.DEFAULT_MAX_ATTEMPTS)
        .inTransaction("initialize the vouchers schema from " + resource(dialect), connection -> {
          try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
              // CREATE ... IF NOT EXISTS is not safe against itself running concurrently
              statement.execute("""
                  SELECT pg_advisory_xact_lock(%d)""".formatted(ADVISORY_LOCK));
              if (complete(connection, statements)) {
                // L-3: an instance started beside running ones takes no lock on their tables
                // (an idempotent CREATE INDEX or ADD COLUMN still locks its table, and deadlocks
                // against the running instances' writes)
                return null;
              }
            }
            for (String sql : statements) {
              statement.execute(sql);
            }
          }
          return null;
        });
  }

  /**
   * PostgreSQL: whether every table, index and added column the statements create is in the
   * current schema already, read from the catalogue (no lock on a table). A statement of any
   * other kind makes the answer no, and the script runs.
   */
  static boolean complete(Connection connection, List<String> statements) throws SQLException {
    Set<String> relations = new HashSet<>();
    Set<String> columns = new HashSet<>();
    for (String sql : statements) {
      Matcher table = CREATE_TABLE.matcher(sql);
      Matcher index = CREATE_INDEX.matcher(sql);
      Matcher column = ADD_COLUMN.matcher(sql);
      if (table.lookingAt()) {
        relations.add(table.group(1).toLowerCase(Locale.ROOT));
      } else if (index.lookingAt()) {
        relations.add(index.group(1).toLowerCase(Locale.ROOT));
      } else if (column.lookingAt()) {
        columns.add((column.group(1) + "." + column.group(2)).toLowerCase(Locale.ROOT));
      } else {
        return false;
      }
    }
    Set<String> present = new HashSet<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT c.relname FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relname = ANY (?)""")) {
      query.setArray(1, connection.createArrayOf("text", relations.toArray()));
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          present.add(result.getString(1));
        }
      }
    }
    if (!present.containsAll(relations)) {
      return false;
    }
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT table_name || '.' || column_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name || '.' || column_name = ANY (?)""")) {
      query.setArray(1, connection.createArrayOf("text", columns.toArray()));
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          present.add(result.getString(1));
        }
      }
    }
    return present.containsAll(columns);
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
