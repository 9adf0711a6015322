// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transactions commit, roll back, and retry serialization failures and deadlocks only; joined
 * to an application's transaction, they do none of that.
 */
class TransactionsTest {
  private final DataSource h2 = TestDatabase.H2.freshDataSource();

  private Transactions transactions(DataSource dataSource, Isolation isolation, int attempts) {
    return new Transactions(dataSource, isolation, attempts, Duration.ofMillis(1),
        Duration.ofMillis(8));
  }

  private static SQLException failure(String sqlState) {
    return new SQLException("provoked " + sqlState, sqlState);
  }

  @Test
  void retriesSerializationFailuresAndDeadlocks() {
    AtomicInteger attempts = new AtomicInteger();
    int result = transactions(h2, Isolation.DATABASE_DEFAULT, 10).inTransaction("count", c -> {
      switch (attempts.incrementAndGet()) {
        case 1 -> throw failure("40001");
        case 2 -> throw failure("40P01");
        default -> {
          return 42;
        }
      }
    });
    assertThat(result).isEqualTo(42);
    assertThat(attempts).hasValue(3);
  }

  @Test
  void givesUpAfterTheLastAttemptNamingTheOperation() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> transactions(h2, Isolation.DATABASE_DEFAULT, 4)
        .inTransaction("change the tier of partner acme", c -> {
          attempts.incrementAndGet();
          throw failure("40001");
        }))
        .isInstanceOf(JdbcStorageException.class)
        .hasMessageContaining("could not change the tier of partner acme")
        .hasMessageContaining("gave up after 4 attempts")
        .hasMessageContaining("SQLSTATE 40001")
        .hasCauseInstanceOf(SQLException.class);
    assertThat(attempts).hasValue(4);
  }

  @Test
  void doesNotRetryOtherFailures() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> transactions(h2, Isolation.DATABASE_DEFAULT, 10)
        .inTransaction("save partner acme", c -> {
          attempts.incrementAndGet();
          throw failure("23505");
        }))
        .isInstanceOf(JdbcStorageException.class)
        .hasMessage("could not save partner acme: provoked 23505 (SQLSTATE 23505)");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aFailedAttemptIsRolledBack() throws SQLException {
    try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (v INTEGER)");
    }
    AtomicInteger attempts = new AtomicInteger();
    transactions(h2, Isolation.DATABASE_DEFAULT, 10).inTransaction("insert", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (" + attempts.incrementAndGet() + ")");
      }
      if (attempts.get() == 1) {
        throw failure("40001");
      }
      return null;
    });
    assertThat(values(h2, "SELECT v FROM t")).containsExactly(2);
  }

  @Test
  void findsTheSqlStateAnywhereInTheChain() {
    SQLException next = new SQLException("batch", "08000");
    next.setNextException(failure("40P01"));
    assertThat(Transactions.retryableState(next)).contains("40P01");
    assertThat(Transactions.retryableState(new SQLException("wrap", "XX000", failure("40001"))))
        .contains("40001");
    assertThat(Transactions.retryableState(failure("23505"))).isEmpty();
    assertThat(Transactions.retryableState(new SQLException("no state"))).isEmpty();
  }

  @Test
  void backoffDoublesWithJitterUpToTheCap() {
    Transactions t = new Transactions(h2, Isolation.DATABASE_DEFAULT, 10, Duration.ofMillis(2),
        Duration.ofMillis(250));
    for (int attempt = 1; attempt <= 40; attempt++) {
      long ceiling = Math.min(250, 2L << Math.min(attempt - 1, 20));
      for (int i = 0; i < 20; i++) {
        assertThat(t.backoff(attempt)).isBetween(Duration.ofMillis(ceiling).dividedBy(2),
            Duration.ofMillis(ceiling));
      }
    }
  }

  @Test
  void runsAtTheConfiguredIsolation() {
    DataSource postgres = TestDatabase.POSTGRES.freshDataSource();
    Transactions.Work<List<String>> isolation =
        c -> values(c, "SHOW transaction_isolation", ResultSet::getString);
    List<String> serializable =
        transactions(postgres, Isolation.SERIALIZABLE, 1).inTransaction("read", isolation);
    List<String> byDefault =
        transactions(postgres, Isolation.DATABASE_DEFAULT, 1).inTransaction("read", isolation);
    assertThat(serializable).containsExactly("serializable");
    assertThat(byDefault).containsExactly("read committed");
  }

  /**
   * Two SERIALIZABLE read-modify-write transactions on one PostgreSQL row: the second writer
   * fails with 40001 and its retry sees the first one's increment.
   */
  @Test
  void retriesARealSerializationFailureOnPostgres() throws Exception {
    DataSource postgres = TestDatabase.POSTGRES.freshDataSource();
    try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)");
      s.execute("INSERT INTO counter VALUES (1, 0)");
    }
    Transactions serializable = transactions(postgres, Isolation.SERIALIZABLE, 10);
    CyclicBarrier bothHaveRead = new CyclicBarrier(2);
    AtomicInteger attempts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> increments = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        increments.add(pool.submit(() -> serializable.inTransaction("increment", c -> {
          boolean first = attempts.incrementAndGet() <= 2;
          int v = values(c, "SELECT v FROM counter WHERE id = 1").get(0);
          if (first) {
            await(bothHaveRead);
          }
          try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE counter SET v = " + (v + 1) + " WHERE id = 1");
          }
          return null;
        })));
      }
      for (Future<Object> increment : increments) {
        increment.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(values(postgres, "SELECT v FROM counter")).containsExactly(2);
    assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void joinedWorkRunsOnTheApplicationsConnectionWhichItNeitherCommitsNorCloses()
      throws SQLException {
    createTable(h2);
    ThreadLocalTransaction application = new ThreadLocalTransaction();
    Transactions joining = joining(h2, application, Isolation.SERIALIZABLE);
    Connection connection = application.begin(h2);
    int level = connection.getTransactionIsolation();

    joining.inTransaction("insert", c -> insert(c, connection, 1));
    joining.inAutoCommit("insert", c -> insert(c, connection, 2));
    joining.once("insert", c -> insert(c, connection, 3));

    assertThat(connection.isClosed()).isFalse();
    assertThat(connection.getAutoCommit()).isFalse();
    assertThat(connection.getTransactionIsolation()).isEqualTo(level);
    assertThat(values(connection, "SELECT v FROM t ORDER BY v")).containsExactly(1, 2, 3);
    assertThat(values(h2, "SELECT v FROM t")).isEmpty();
    assertThat(application.joins()).isEqualTo(3).isEqualTo(application.releases());
    application.commit();
    assertThat(values(h2, "SELECT v FROM t ORDER BY v")).containsExactly(1, 2, 3);
  }

  /** Checks that the work runs on the application's connection as it is, and inserts v. */
  private static Void insert(Connection c, Connection application, int v) throws SQLException {
    assertThat(c).isSameAs(application);
    assertThat(c.getAutoCommit()).isFalse();
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO t VALUES (" + v + ")");
    }
    return null;
  }

  @Test
  void joinedSerializationFailureIsReportedOnceForTheApplicationToRetry() throws SQLException {
    ThreadLocalTransaction application = new ThreadLocalTransaction();
    Transactions joining = joining(h2, application, Isolation.DATABASE_DEFAULT);
    application.begin(h2);
    AtomicInteger attempts = new AtomicInteger();
    try {
      assertThatThrownBy(() -> joining.inTransaction("change the tier of partner acme", c -> {
        attempts.incrementAndGet();
        throw failure("40001");
      }))
          .isInstanceOf(JdbcStorageException.class)
          .hasMessageStartingWith("could not change the tier of partner acme: provoked 40001")
          .hasMessageContaining("only the application can retry: roll it back and retry all of it")
          .hasCauseInstanceOf(SQLException.class);
      assertThat(attempts).hasValue(1);
      assertThat(application.releases()).isEqualTo(1);
    } finally {
      application.rollback();
    }
  }

  @Test
  void joinedWorkKeepsTheIsolationOfTheApplicationsTransaction() throws SQLException {
    DataSource postgres = TestDatabase.POSTGRES.freshDataSource();
    ThreadLocalTransaction application = new ThreadLocalTransaction();
    application.begin(postgres);
    try {
      Transactions.Work<List<String>> isolation =
          c -> values(c, "SHOW transaction_isolation", ResultSet::getString);
      List<String> joined = joining(postgres, application, Isolation.SERIALIZABLE)
          .inTransaction("read", isolation);
      assertThat(joined).containsExactly("read committed");
    } finally {
      application.rollback();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES"})
  void undoInTheApplicationsTransactionGoesBackToASavepointAfterAFailedStatement(
      TestDatabase database) throws SQLException {
    DataSource dataSource = database.freshDataSource();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (v INTEGER PRIMARY KEY)");
    }
    ThreadLocalTransaction application = new ThreadLocalTransaction();
    Connection connection = application.begin(dataSource);
    try (Statement s = connection.createStatement()) {
      s.execute("INSERT INTO t VALUES (1)");
    }

    boolean undone = joining(dataSource, application, Isolation.DATABASE_DEFAULT)
        .inUndoableTransaction("insert twice", (c, undo) -> {
          try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO t VALUES (2)");
            s.execute("INSERT INTO t VALUES (1)"); // a duplicate: aborts on PostgreSQL
            return false;
          } catch (SQLException e) {
            assertThat(e.getSQLState()).isEqualTo("23505");
            undo.undo();
            return true;
          }
        });

    assertThat(undone).isTrue();
    try (Statement s = connection.createStatement()) {
      s.execute("INSERT INTO t VALUES (3)"); // the application's transaction is usable
    }
    application.commit();
    assertThat(values(dataSource, "SELECT v FROM t ORDER BY v")).containsExactly(1, 3);
  }

  @Test
  void withoutAnOpenTransactionTheWorkCommitsOnItsOwn() throws SQLException {
    createTable(h2);
    ThreadLocalTransaction application = new ThreadLocalTransaction();
    joining(h2, application, Isolation.DATABASE_DEFAULT).inTransaction("insert", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (1)");
      }
      return null;
    });
    assertThat(values(h2, "SELECT v FROM t")).containsExactly(1);
    assertThat(application.asked()).isEqualTo(1);
    assertThat(application.joins()).isZero();
    assertThat(application.releases()).isZero();
  }

  private static Transactions joining(DataSource dataSource, OuterTransaction outer,
      Isolation isolation) {
    return new Transactions(dataSource, outer, isolation, 10, Duration.ofMillis(1),
        Duration.ofMillis(8));
  }

  private static void createTable(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (v INTEGER)");
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other transaction did not arrive", e);
    }
  }

  private static List<Integer> values(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection()) {
      return values(c, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Integer> values(Connection c, String sql) throws SQLException {
    return values(c, sql, (rows, column) -> rows.getInt(column));
  }

  private interface Column<T> {
    T get(ResultSet rows, int column) throws SQLException;
  }

  private static <T> List<T> values(Connection c, String sql, Column<T> column)
      throws SQLException {
    List<T> values = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        values.add(column.get(rows, 1));
      }
    }
    return values;
  }
}
