// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.IdempotentRequest;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link IdempotencyKeys} over JDBC (G-3, ADR 0047): table {@code vouchers_idempotency_keys},
 * one row per scope and key digest (the primary key), with the request's digest and the
 * answer.
 *
 * <p>A keyed command runs in one transaction: the key's row is inserted first, then the command
 * runs with every port call of this storage on the thread joining that transaction
 * ({@link KeyedTransaction}), then the answer is written and everything commits. A refused
 * command rolls it all back, so no key is kept. Two calls racing with one key meet at the
 * primary key: on PostgreSQL the second insert waits for the first transaction and fails when it
 * commits (unique violation, or a serialization failure at SERIALIZABLE); on H2 it fails at once
 * or after the lock timeout. The loser rolls back (it has run nothing) and reads the committed
 * row: same request, the stored answer; another request, a refusal. When the winner has not
 * committed yet (H2) it tries again with backoff, and answers {@link Outcome.InUse} after
 * {@value #ROUNDS} rounds.
 *
 * <p>When the application has a transaction open ({@link OuterTransaction}), all this happens
 * inside it (after a savepoint) and commits with it.
 */
final class JdbcIdempotencyKeys implements IdempotencyKeys {
  static final String INSERT = """
      INSERT INTO vouchers_idempotency_keys (scope, idem_key, request, used_at)
      VALUES (?, ?, ?, ?)""";
  static final String ANSWER = """
      UPDATE vouchers_idempotency_keys SET answer = ? WHERE scope = ? AND idem_key = ?""";
  static final String SELECT = """
      SELECT request, answer FROM vouchers_idempotency_keys WHERE scope = ? AND idem_key = ?""";
  /** Keys used before a time, oldest first, through {@code vouchers_idempotency_keys_by_use}. */
  static final String SWEEP_H2 = """
      DELETE FROM vouchers_idempotency_keys WHERE (scope, idem_key) IN (
        SELECT scope, idem_key FROM vouchers_idempotency_keys WHERE used_at < ?
        ORDER BY used_at LIMIT ?)""";
  /** As {@link #SWEEP_H2}, skipping rows another transaction holds. */
  static final String SWEEP_POSTGRESQL = """
      DELETE FROM vouchers_idempotency_keys WHERE (scope, idem_key) IN (
        SELECT scope, idem_key FROM vouchers_idempotency_keys WHERE used_at < ?
        ORDER BY used_at LIMIT ? FOR UPDATE SKIP LOCKED)""";
  /**
   * The insert of the key lost to another call with the same key: unique violation,
   * serialization failure, deadlock, H2's concurrent update and lock timeout.
   */
  private static final Set<String> LOST = Set.of("23505", "40001", "40P01", "90131", "HYT00");
  /** How often a call whose key is held by an uncommitted call tries again. */
  static final int ROUNDS = 20;

  private final Transactions transactions;
  private final KeyedTransaction keyed;
  private final Dialect dialect;

  JdbcIdempotencyKeys(Transactions transactions, KeyedTransaction keyed, Dialect dialect) {
    this.transactions = transactions;
    this.keyed = keyed;
    this.dialect = dialect;
  }

  @Override
  public <T> Outcome<T> once(IdempotentRequest request, Supplier<Either<Refusal, T>> work,
      Function<? super T, String> answer) {
    for (int round = 1; round <= ROUNDS; round++) {
      Optional<Outcome<T>> decided = transactions.inUndoableTransaction(
          "run a command under an idempotency key", (connection, undo) -> {
            try {
              Sql.update(connection, INSERT, s -> {
                s.setString(1, request.scope());
                s.setString(2, request.key());
                s.setString(3, request.request());
                Sql.setInstant(s, 4, Instants.clamp(request.at()));
              });
            } catch (SQLException e) {
              if (!lost(e)) {
                throw e;
              }
              undo.undo();
              return stored(connection, request);
            }
            keyed.enter(connection);
            Either<Refusal, T> result;
            boolean failed;
            try {
              result = work.get();
            } catch (JdbcStorageException e) {
              Optional<SQLException> retry = retryable(e);
              if (retry.isPresent()) {
                throw retry.get(); // the whole command again, in a new transaction
              }
              throw e;
            } finally {
              failed = keyed.leave();
            }
            if (failed) {
              throw new JdbcStorageException("a command under an idempotency key went on after"
                  + " a failed statement; nothing of it is kept");
            }
            if (result.isLeft()) {
              undo.undo(); // a refusal changes nothing, and keeps no key
              return Optional.of(new Outcome.Done<>(result));
            }
            String text = answer.apply(result.get());
            Sql.update(connection, ANSWER, s -> {
              s.setString(1, text);
              s.setString(2, request.scope());
              s.setString(3, request.key());
            });
            return Optional.of(new Outcome.Done<>(result));
          });
      if (decided.isPresent()) {
        return decided.get();
      }
      pause(transactions.backoff(round));
    }
    return new Outcome.InUse<>();
  }

  /**
   * A serialization failure or deadlock of a port call inside the key's transaction: the unit is
   * the whole command, so it is rolled back and run again by {@link Transactions} (a joined
   * port call cannot retry alone).
   */
  private static Optional<SQLException> retryable(JdbcStorageException failure) {
    return failure.getCause() instanceof SQLException sql
        && Transactions.retryableState(sql).isPresent() ? Optional.of(sql) : Optional.empty();
  }

  private static boolean lost(SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      if (e.getSQLState() != null && LOST.contains(e.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The committed use of the key, if there is one with its answer. */
  private static <T> Optional<Outcome<T>> stored(Connection connection,
      IdempotentRequest request) throws SQLException {
    Optional<String[]> row = Sql.one(connection, SELECT, s -> {
      s.setString(1, request.scope());
      s.setString(2, request.key());
    }, r -> new String[] {r.getString("request"), r.getString("answer")});
    if (row.isEmpty() || row.get()[1] == null) {
      return Optional.empty();
    }
    return Optional.of(request.sameRequestAs(row.get()[0])
        ? new Outcome.Replayed<>(row.get()[1]) : new Outcome.Reused<>());
  }

  private static void pause(Duration pause) {
    try {
      Thread.sleep(pause.toMillis(), (int) (pause.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JdbcStorageException("interrupted while waiting for a call with the same"
          + " idempotency key", e);
    }
  }

  @Override
  public int sweep(Instant before, int limit) {
    if (limit < 1) {
      return 0;
    }
    String sweep = dialect == Dialect.POSTGRESQL ? SWEEP_POSTGRESQL : SWEEP_H2;
    return transactions.inTransaction("sweep idempotency keys", connection ->
        Sql.update(connection, sweep, s -> {
          Sql.setInstant(s, 1, Instants.clamp(before));
          s.setInt(2, limit);
        }));
  }
}
