// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one transaction per attempt: a connection from the data source, auto-commit off,
 * commit or roll back, the connection's auto-commit and isolation restored, closed. Serialization
 * failures (SQLSTATE 40001) and deadlocks (40P01) are retried with jittered exponential backoff,
 * up to a bounded number of attempts.
 *
 * <p>When the {@link OuterTransaction} gives a connection, the work joins that transaction
 * instead: it runs once on the connection, which is neither committed, rolled back, closed nor
 * reconfigured here, and a serialization failure or deadlock is reported, not retried.
 */
final class Transactions {
  /** Attempts per unit of work unless configured. */
  static final int DEFAULT_MAX_ATTEMPTS = 10;
  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
  /**
   * Serialization failure and deadlock (SQL standard, PostgreSQL), and H2's concurrent update
   * (90131, also raised for a duplicate key held by an uncommitted transaction; the retry then
   * meets the committed row) and lock timeout (HYT00).
   */
  private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "90131", "HYT00");
  private static final Duration BASE_DELAY = Duration.ofMillis(2);
  private static final Duration MAX_DELAY = Duration.ofMillis(250);
  /** The connection's isolation level is left as it is. */
  private static final int KEEP = -1;

  /** Work done with a connection inside a transaction; it neither commits nor closes. */
  @FunctionalInterface
  interface Work<T> {
    /** Does the work; a thrown exception rolls the transaction back. */
    T run(Connection connection) throws SQLException;

    /** Does the work in the application's transaction; the same as {@link #run} unless told. */
    default T runJoined(Connection connection) throws SQLException {
      return run(connection);
    }
  }

  /** Takes back every write of the unit of work so far, leaving the unit usable. */
  @FunctionalInterface
  interface Undo {
    /** Rolls the unit's writes back: its own transaction, or to its savepoint when joined. */
    void undo() throws SQLException;
  }

  /** Work that may take back its writes (with {@link Undo}) and still succeed. */
  @FunctionalInterface
  interface UndoableWork<T> {
    /** Does the work; a thrown exception rolls the transaction back. */
    T run(Connection connection, Undo undo) throws SQLException;
  }

  private final DataSource dataSource;
  private final OuterTransaction outer;
  private final Isolation isolation;
  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;

  /** Default backoff: 2 ms doubling per attempt, at most 250 ms, jittered. */
  Transactions(DataSource dataSource, Isolation isolation, int maxAttempts) {
    this(dataSource, OuterTransaction.none(), isolation, maxAttempts);
  }

  /** Default backoff; joins the outer transaction when there is one. */
  Transactions(DataSource dataSource, OuterTransaction outer, Isolation isolation,
      int maxAttempts) {
    this(dataSource, outer, isolation, maxAttempts, BASE_DELAY, MAX_DELAY);
  }

  Transactions(DataSource dataSource, Isolation isolation, int maxAttempts, Duration baseDelay,
      Duration maxDelay) {
    this(dataSource, OuterTransaction.none(), isolation, maxAttempts, baseDelay, maxDelay);
  }

  Transactions(DataSource dataSource, OuterTransaction outer, Isolation isolation,
      int maxAttempts, Duration baseDelay, Duration maxDelay) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
    }
    this.dataSource = dataSource;
    this.outer = outer;
    this.isolation = isolation;
    this.maxAttempts = maxAttempts;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
  }

  /**
   * These transactions at {@code level}, unless they are configured at it or a stricter one
   * already. Work joined to the application's transaction keeps the application's level.
   *
   * @param level the least isolation the work needs
   * @return transactions on the same data source at that level or stricter
   */
  Transactions atLeast(Isolation level) {
    if (!isolation.isDatabaseDefault() && isolation.jdbcLevel() >= level.jdbcLevel()) {
      return this;
    }
    return new Transactions(dataSource, outer, level, maxAttempts, baseDelay, maxDelay);
  }

  /**
   * Runs the work in a transaction, again after a serialization failure or deadlock.
   *
   * @param what the operation, for messages: "change the tier of partner acme"
   * @throws JdbcStorageException naming the operation when a statement fails, or when every
   *     attempt failed with a serialization failure or deadlock
   */
  <T> T inTransaction(String what, Work<T> work) {
    return attempt(what, work, false);
  }

  /**
   * As {@link #inTransaction}, for work that may take back what it wrote and carry on (a code
   * clash, a conditional write that lost): in its own transaction {@link Undo} rolls it back;
   * joined, the work runs after a savepoint, which {@link Undo} rolls back to (so that the
   * outer transaction stays usable on PostgreSQL, where a failed statement aborts it) and which
   * is released when the work succeeds.
   */
  <T> T inUndoableTransaction(String what, UndoableWork<T> work) {
    return attempt(what, new Work<T>() {
      @Override
      public T run(Connection connection) throws SQLException {
        return work.run(connection, connection::rollback);
      }

      @Override
      public T runJoined(Connection connection) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        T result = work.run(connection, () -> connection.rollback(savepoint));
        connection.releaseSavepoint(savepoint);
        return result;
      }
    }, false);
  }

  private <T> T attempt(String what, Work<T> work, boolean autoCommitted) {
    Optional<Connection> joined = outer.join();
    if (joined.isPresent()) {
      return joined(what, work, joined.get());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work, autoCommitted);
      } catch (SQLException e) {
        Optional<String> retryable = retryableState(e);
        if (retryable.isEmpty()) {
          throw new JdbcStorageException("could not " + what + ": " + describe(e), e);
        }
        if (attempt >= maxAttempts) {
          throw new JdbcStorageException("could not " + what + ": gave up after " + attempt
              + " attempts, each failed with a serialization failure or deadlock (last: "
              + describe(e) + ")", e);
        }
        Duration pause = backoff(attempt);
        LOG.debug("{}: attempt {} failed with SQLSTATE {}, retrying in {} ms", what, attempt,
            retryable.get(), pause.toMillis());
        sleep(pause, what);
      }
    }
  }

  /**
   * Runs work that is one statement in auto-commit mode: atomic as a statement, and one round
   * trip fewer than a transaction (no COMMIT). Retried as {@link #inTransaction}.
   */
  <T> T inAutoCommit(String what, Work<T> work) {
    return attempt(what, work, true);
  }

  /**
   * Runs work that hands rows to a caller as it reads them: in one transaction, never retried
   * (a retry would hand the same rows over again).
   */
  <T> T once(String what, Work<T> work) {
    Optional<Connection> joined = outer.join();
    if (joined.isPresent()) {
      return joined(what, work, joined.get());
    }
    try {
      return once(work, false);
    } catch (SQLException e) {
      throw new JdbcStorageException("could not " + what + ": " + describe(e), e);
    }
  }

  /**
   * Runs the work once on the connection of the outer transaction, and hands the connection
   * back; a failure leaves the transaction to the application, which must roll it back.
   */
  private <T> T joined(String what, Work<T> work, Connection connection) {
    try {
      return work.runJoined(connection);
    } catch (RuntimeException | Error e) {
      outer.failed(connection);
      throw e;
    } catch (SQLException e) {
      outer.failed(connection);
      Optional<String> retryable = retryableState(e);
      throw new JdbcStorageException("could not " + what + ": " + describe(e)
          + (retryable.isPresent()
              ? "; this serialization failure or deadlock happened in the application's"
                  + " transaction, which only the application can retry: roll it back and"
                  + " retry all of it"
              : "; the application's transaction this call joined must be rolled back"), e);
    } finally {
      outer.release(connection);
    }
  }

  private <T> T once(Work<T> work, boolean autoCommitted) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      // pgjdbc asks the server for the isolation level (a round trip): only when one is set
      int level = isolation.isDatabaseDefault() ? KEEP : connection.getTransactionIsolation();
      try {
        if (level != KEEP && level != isolation.jdbcLevel()) {
          connection.setTransactionIsolation(isolation.jdbcLevel());
        }
        if (autoCommitted) {
          if (!autoCommit) {
            connection.setAutoCommit(true);
          }
          return work.run(connection);
        }
        connection.setAutoCommit(false);
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        restore(connection, autoCommit, level);
      }
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void restore(Connection connection, boolean autoCommit, int level) {
    try {
      if (connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
      if (level != KEEP && level != isolation.jdbcLevel()) {
        connection.setTransactionIsolation(level);
      }
    } catch (SQLException e) {
      // the connection is closed next; a pool validates it before handing it out again
      LOG.debug("could not restore auto-commit and isolation of a connection", e);
    }
  }

  /** Jittered exponential backoff: between half and all of base * 2^(attempt-1), capped. */
  Duration backoff(int attempt) {
    long ceiling = Math.min(maxDelay.toNanos(),
        baseDelay.toNanos() << Math.min(attempt - 1, 30));
    long floor = ceiling / 2;
    return Duration.ofNanos(floor + ThreadLocalRandom.current().nextLong(ceiling - floor + 1));
  }

  /** The SQLSTATE that makes the failure worth another attempt, searched through the chain. */
  static Optional<String> retryableState(SQLException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (e.getSQLState() != null && RETRYABLE.contains(e.getSQLState())) {
            return Optional.of(e.getSQLState());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String describe(SQLException e) {
    return e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")";
  }

  private static void sleep(Duration pause, String what) {
    try {
      Thread.sleep(pause.toMillis(), (int) (pause.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JdbcStorageException("interrupted while waiting to retry: " + what, e);
    }
  }
}
