// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.AttemptWindow;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link CodeAttempts} over JDBC (G-1, ADR 0044): table {@code vouchers_code_attempts}, one row
 * per caller key digest holding its {@link AttemptWindow}, so several application instances
 * share the count. Its own transactions, never the application's: a failed attempt stays
 * counted when the shop rolls back, and no row lock waits for the shop's commit.
 *
 * <p>PostgreSQL counts in one statement in auto-commit, an upsert whose {@code DO UPDATE}
 * applies only while the window has room or has ended (a concurrent writer makes PostgreSQL
 * re-check the newest row; at SERIALIZABLE it is a serialization failure, retried). H2 reads
 * the row {@code FOR UPDATE} and applies {@link AttemptWindow#count} itself; two first attempts
 * racing to insert are told apart by the primary key, and the loser counts again.
 */
final class JdbcCodeAttempts implements CodeAttempts {
  /** PostgreSQL: count one attempt, or nothing when the key's window is full. */
  static final String UPSERT = """
      INSERT INTO vouchers_code_attempts AS a (caller_key, ends_at, counted) VALUES (?, ?, 1)
      ON CONFLICT (caller_key) DO UPDATE SET
        counted = CASE WHEN a.ends_at <= ? THEN 1 ELSE a.counted + 1 END,
        ends_at = CASE WHEN a.ends_at <= ? THEN EXCLUDED.ends_at ELSE a.ends_at END
      WHERE a.ends_at <= ? OR a.counted < ?""";
  static final String SELECT = """
      SELECT ends_at, counted FROM vouchers_code_attempts WHERE caller_key = ?""";
  static final String SELECT_FOR_UPDATE = SELECT + " FOR UPDATE";
  static final String INSERT = """
      INSERT INTO vouchers_code_attempts (caller_key, ends_at, counted) VALUES (?, ?, ?)""";
  static final String UPDATE = """
      UPDATE vouchers_code_attempts SET ends_at = ?, counted = ? WHERE caller_key = ?""";
  static final String FORGIVE = """
      UPDATE vouchers_code_attempts SET counted = counted - 1
      WHERE caller_key = ? AND ends_at > ? AND counted > 0""";
  /** Ended windows, oldest first, through {@code vouchers_code_attempts_by_end}. */
  static final String SWEEP = """
      DELETE FROM vouchers_code_attempts WHERE caller_key IN (
        SELECT caller_key FROM vouchers_code_attempts WHERE ends_at <= ?
        ORDER BY ends_at LIMIT ?)""";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int RACES = 5;

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcCodeAttempts(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  @Override
  public Optional<Instant> count(CallerKey key, Instant now, AttemptLimit limit) {
    String digest = key.digest();
    Instant at = Instants.clamp(now);
    for (int race = 0; race < RACES; race++) {
      Optional<Optional<Instant>> decided = dialect == Dialect.POSTGRESQL
          ? upsert(digest, at, limit) : lockAndCount(digest, at, limit);
      if (decided.isPresent()) {
        return decided.get();
      }
    }
    throw new JdbcStorageException("could not count an attempt of " + key
        + ": the key's row kept changing under concurrent attempts");
  }

  /** PostgreSQL: empty when the race must be run again (the full window ended meanwhile). */
  private Optional<Optional<Instant>> upsert(String digest, Instant now, AttemptLimit limit) {
    Instant ends = Instants.plus(now, limit.window());
    int counted = transactions.inAutoCommit("count a code attempt", connection ->
        Sql.update(connection, UPSERT, s -> {
          s.setString(1, digest);
          Sql.setInstant(s, 2, ends);
          Sql.setInstant(s, 3, now);
          Sql.setInstant(s, 4, now);
          Sql.setInstant(s, 5, now);
          s.setInt(6, limit.maxFailures());
        }));
    if (counted > 0) {
      return Optional.of(Optional.empty());
    }
    Optional<AttemptWindow> full = window(digest);
    return full.filter(w -> !w.endedAt(now)).map(w -> Optional.of(w.endsAt()));
  }

  /** H2: empty when a concurrent first attempt inserted the row first. */
  private Optional<Optional<Instant>> lockAndCount(String digest, Instant now,
      AttemptLimit limit) {
    return transactions.inUndoableTransaction("count a code attempt", (connection, undo) -> {
      Optional<AttemptWindow> current = read(connection, SELECT_FOR_UPDATE, digest);
      Either<Instant, AttemptWindow> counted = AttemptWindow.count(current, now, limit);
      if (counted.isLeft()) {
        return Optional.of(Optional.of(counted.getLeft()));
      }
      AttemptWindow after = counted.get();
      if (current.isPresent()) {
        Sql.update(connection, UPDATE, s -> {
          Sql.setInstant(s, 1, after.endsAt());
          s.setInt(2, after.counted());
          s.setString(3, digest);
        });
        return Optional.of(Optional.empty());
      }
      try {
        Sql.update(connection, INSERT, s -> {
          s.setString(1, digest);
          Sql.setInstant(s, 2, after.endsAt());
          s.setInt(3, after.counted());
        });
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        undo.undo();
        return Optional.empty();
      }
      return Optional.of(Optional.empty());
    });
  }

  @Override
  public void forgive(CallerKey key, Instant now) {
    String digest = key.digest();
    transactions.inAutoCommit("take back a code attempt", connection ->
        Sql.update(connection, FORGIVE, s -> {
          s.setString(1, digest);
          Sql.setInstant(s, 2, Instants.clamp(now));
        }));
  }

  @Override
  public int sweep(Instant now, int limit) {
    if (limit < 1) {
      return 0;
    }
    return transactions.inAutoCommit("sweep ended code attempt windows", connection ->
        Sql.update(connection, SWEEP, s -> {
          Sql.setInstant(s, 1, Instants.clamp(now));
          s.setInt(2, limit);
        }));
  }

  @Override
  public Optional<AttemptWindow> window(CallerKey key) {
    return window(key.digest());
  }

  private Optional<AttemptWindow> window(String digest) {
    return transactions.inAutoCommit("read a code attempt window", connection ->
        read(connection, SELECT, digest));
  }

  private static Optional<AttemptWindow> read(Connection connection, String sql, String digest)
      throws SQLException {
    return Sql.one(connection, sql, s -> s.setString(1, digest),
        row -> new AttemptWindow(Sql.instant(row, "ends_at"), row.getInt("counted")));
  }
}
