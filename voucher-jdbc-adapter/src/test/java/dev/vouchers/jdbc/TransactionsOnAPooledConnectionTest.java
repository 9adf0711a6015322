// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V-7, L-3: the adapter's transactions run at the isolation level it is configured with,
 * commit what they did or roll all of it back, and hand a pool's connection back as they got
 * it (auto-commit and isolation restored), so that the next borrower of that connection is
 * neither at the adapter's level nor inside a transaction it left open. On H2, over one
 * physical connection that "closing" returns to a pool of one.
 */
class TransactionsOnAPooledConnectionTest {
  private Connection physical;
  private DataSource poolOfOne;
  private int borrowed;

  @BeforeEach
  void openThePool() throws SQLException {
    physical = TestDatabase.H2.freshDataSource().getConnection();
    try (Statement s = physical.createStatement()) {
      s.execute("CREATE TABLE t (v INTEGER)");
    }
    poolOfOne = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (!method.getName().equals("getConnection")) {
            throw new UnsupportedOperationException(method.getName());
          }
          borrowed++;
          return borrowedConnection();
        });
  }

  @AfterEach
  void closeThePool() throws SQLException {
    physical.close();
  }

  private Connection borrowedConnection() {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null; // back to the pool
          }
          try {
            return method.invoke(physical, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private Transactions at(Isolation isolation) {
    return new Transactions(poolOfOne, isolation, 3, Duration.ofMillis(1), Duration.ofMillis(2));
  }

  @Test
  void theWorkRunsAtTheConfiguredLevelAndTheConnectionGoesBackAtItsOwn_V7()
      throws SQLException {
    physical.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    List<Integer> seen = new ArrayList<>();

    at(Isolation.SERIALIZABLE).inTransaction("read the level", c -> {
      seen.add(c.getTransactionIsolation());
      seen.add(c.getAutoCommit() ? 1 : 0);
      return null;
    });

    assertThat(seen).containsExactly(Connection.TRANSACTION_SERIALIZABLE, 0);
    assertThat(physical.getTransactionIsolation())
        .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(physical.getAutoCommit()).isTrue();
    assertThat(borrowed).isEqualTo(1);
  }

  @Test
  void theDatabaseDefaultLeavesTheConnectionsLevelAlone_V7() throws SQLException {
    physical.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    List<Integer> seen = new ArrayList<>();

    at(Isolation.DATABASE_DEFAULT).inTransaction("read the level", c -> {
      seen.add(c.getTransactionIsolation());
      return null;
    });

    assertThat(seen).containsExactly(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(physical.getTransactionIsolation())
        .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
  }

  @Test
  void everyLevelIsTheJdbcConstantAndTheDefaultHasNone_V7() {
    assertThat(Isolation.READ_COMMITTED.jdbcLevel())
        .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(Isolation.REPEATABLE_READ.jdbcLevel())
        .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(Isolation.SERIALIZABLE.jdbcLevel())
        .isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
    assertThat(Isolation.SERIALIZABLE.isDatabaseDefault()).isFalse();
    assertThat(Isolation.READ_COMMITTED.isDatabaseDefault()).isFalse();
    assertThat(Isolation.DATABASE_DEFAULT.isDatabaseDefault()).isTrue();
    assertThatThrownBy(Isolation.DATABASE_DEFAULT::jdbcLevel)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void committedWorkIsThereForTheNextBorrower_L3() throws SQLException {
    physical.setAutoCommit(false); // a pool that hands connections out so
    at(Isolation.READ_COMMITTED).inTransaction("insert", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (1)");
      }
      return null;
    });
    physical.rollback(); // what a pool does before handing the connection out again

    assertThat(physical.getAutoCommit()).isFalse();
    assertThat(values()).containsExactly(1);
  }

  @Test
  void failedWorkLeavesNothingAndTheConnectionOutOfTheTransaction_L3() throws SQLException {
    physical.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);

    assertThatThrownBy(() -> at(Isolation.SERIALIZABLE).inTransaction("insert, then fail", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (1)");
        s.execute("INSERT INTO no_such_table VALUES (2)");
      }
      return null;
    })).isInstanceOf(JdbcStorageException.class).hasMessageContaining("insert, then fail");

    assertThat(physical.getAutoCommit()).isTrue();
    assertThat(physical.getTransactionIsolation())
        .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(values()).isEmpty();
  }

  @Test
  void anUndoTakesBackWhatTheWorkWroteAndTheRestCommits_V7() throws SQLException {
    int answer = at(Isolation.READ_COMMITTED).inUndoableTransaction("insert, undo", (c, undo) -> {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (1)");
        undo.undo();
        s.execute("INSERT INTO t VALUES (2)");
      }
      return 7;
    });

    assertThat(answer).isEqualTo(7);
    assertThat(values()).containsExactly(2);
  }

  @Test
  void autoCommittedWorkCommitsStatementByStatementAndTheModeIsRestored_L3()
      throws SQLException {
    physical.setAutoCommit(false);
    List<Boolean> seen = new ArrayList<>();

    at(Isolation.DATABASE_DEFAULT).inAutoCommit("insert", c -> {
      seen.add(c.getAutoCommit());
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (5)");
      }
      return null;
    });
    physical.rollback(); // takes back nothing: the insert committed on its own

    assertThat(seen).containsExactly(true);
    assertThat(physical.getAutoCommit()).isFalse();
    physical.setAutoCommit(true);
    assertThat(values()).containsExactly(5);
  }

  @Test
  void workThatHandsRowsOverRunsOnceAndCommits_L3() throws SQLException {
    int[] runs = {0};
    assertThatThrownBy(() -> at(Isolation.DATABASE_DEFAULT).once("stream", c -> {
      runs[0]++;
      throw new SQLException("provoked serialization failure", "40001");
    })).isInstanceOf(JdbcStorageException.class).hasMessageContaining("stream")
        .hasMessageContaining("40001");
    assertThat(runs[0]).isEqualTo(1);

    at(Isolation.DATABASE_DEFAULT).once("insert", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (3)");
      }
      return null;
    });
    physical.rollback();
    assertThat(values()).containsExactly(3);
  }

  private List<Integer> values() throws SQLException {
    List<Integer> values = new ArrayList<>();
    try (Statement s = physical.createStatement();
        ResultSet rows = s.executeQuery("SELECT v FROM t ORDER BY v")) {
      while (rows.next()) {
        values.add(rows.getInt(1));
      }
    }
    return values;
  }
}
