// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.ordering.port.out.Vouchers.Redemption;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.RedeemedVoucher;
import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * V-7, V-1: the conditional moves of one voucher with their history, e-mail and event rows (on
 * PostgreSQL one statement), and the redemption decided where the data is, from the same
 * named move the domain makes ({@link Transition#REDEEM}).
 */
final class VoucherMoves {
  /**
   * V-1, V-4: the redemption's decision as SQL, from the same named move the domain's
   * {@link Voucher#markRedeemed} makes ({@link Transition#REDEEM}).
   */
  static final MoveCondition REDEEMABLE = MoveCondition.of(Transition.REDEEM);

  static final String UPDATE_VOUCHER = """
      UPDATE vouchers_vouchers SET %s
      WHERE id = ? AND version = ?""".formatted(Rows.VOUCHER_CHANGE);

  /**
   * PostgreSQL: the redemption decided and written where the data is, in one statement: find
   * the voucher version that is redeemable now, move exactly that version, append its history,
   * return the parts of it that the redemption answers ({@link Rows#REDEEMED_COLUMNS}).
   *
   * <p>No row lock is taken before the write ({@code FOR UPDATE} cost a third of the
   * throughput at 16 threads): the update names the version it read by its {@code ctid} and
   * repeats the status and expiry conditions. A concurrent writer that came first makes
   * PostgreSQL re-check the newest version of the row; its status is then no longer the one
   * read (or no longer redeemable), so nothing is written, and the caller reads to say why
   * (V-7). The status read is the status moved from, as the history row records it.
   */
  static final String REDEEM_POSTGRESQL = """
      WITH before AS (
        SELECT ctid AS at, status FROM vouchers_vouchers WHERE code_digest IN (?) AND %s),
      moved AS (
        UPDATE vouchers_vouchers v SET status = ?, ever_redeemed = TRUE, version = v.version + 1
        FROM before WHERE v.ctid = before.at AND v.status = before.status AND %s
        RETURNING %s, before.status AS from_status),
      history AS (
        INSERT INTO vouchers_history (%s)
        SELECT id, from_status, ?, ?, ?, ?, '' FROM moved%s),
      events AS (%s)
      SELECT * FROM moved""".formatted(
          REDEEMABLE.sql(""), REDEEMABLE.sql("v."), prefixed("v.", Rows.REDEEMED_COLUMNS),
          Rows.HISTORY_COLUMNS, EventRows.HISTORY_RETURNING,
          EventRows.fromVoucherHistory("history"));

  /**
   * H2: the conditional write of a redemption as a query of the rows it changed, as they were
   * before ({@code OLD TABLE}): one statement that writes and says what it wrote from. It reads
   * back only the parts the redemption answers ({@link Rows#REDEEMED_COLUMNS}), as PostgreSQL's
   * statement does; the status and expiry among them are checked against the same named move.
   */
  static final String REDEEM_H2 = """
      SELECT %s FROM OLD TABLE (
        UPDATE vouchers_vouchers SET status = ?, ever_redeemed = TRUE, version = version + 1
        WHERE code_digest IN (?) AND %s)""".formatted(
          Rows.REDEEMED_COLUMNS, REDEEMABLE.sql(""));

  private final Transactions transactions;
  private final Dialect dialect;

  VoucherMoves(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  // ------------------------------------------------------------------ V-7 moves

  boolean update(VoucherUpdate update) {
    String what = "update voucher " + update.before().id();
    if (dialect == Dialect.POSTGRESQL) {
      // one statement, one round trip: the conditional update with its history and outbox rows
      return transactions.inAutoCommit(what, connection -> {
        try (PreparedStatement s = connection.prepareStatement(moveStatement(update))) {
          int i = Rows.bindChange(s, 1, update.after());
          s.setString(i++, update.before().id().value());
          s.setLong(i++, update.before().version());
          if (update.history().isPresent()) {
            i = Rows.bindHistory(s, i, update.history().get(), false);
          }
          for (ActivationMessage message : update.outbox()) {
            i = ActivationOutboxRows.bindMessage(s, i, message);
          }
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() && rows.getInt(1) == 1;
          }
        }
      });
    }
    return transactions.inTransaction(what, connection -> {
      int changed = Sql.update(connection, UPDATE_VOUCHER, s -> {
        int i = Rows.bindChange(s, 1, update.after());
        s.setString(i++, update.before().id().value());
        s.setLong(i, update.before().version());
      });
      if (changed == 0) {
        return false;
      }
      if (update.history().isPresent()) {
        Sql.update(connection, JdbcVouchers.INSERT_HISTORY,
            s -> Rows.bindHistory(s, 1, update.history().get(), true));
        EventRows.insert(connection, EventRows.moved(update.history().get())); // M-5
      }
      for (ActivationMessage message : update.outbox()) {
        Sql.update(connection, ActivationOutboxRows.INSERT,
            s -> ActivationOutboxRows.bindMessage(s, 1, message));
      }
      return true;
    });
  }

  /** {@link #moveStatement}'s first step: the conditional update. */
  private static final String MOVED = """
      moved AS (%s RETURNING id)""".formatted(UPDATE_VOUCHER);
  /** {@link #moveStatement}'s steps for the move's history row and its event (V-2, M-5). */
  private static final String MOVED_HISTORY = """
      history AS (
        INSERT INTO vouchers_history (%s)
        SELECT id, ?, ?, ?, ?, ?, ? FROM moved%s),
      events AS (%s)""".formatted(Rows.HISTORY_COLUMNS, EventRows.HISTORY_RETURNING,
      EventRows.fromVoucherHistory("history"));
  /** {@link #moveStatement}'s step for one outbox message, numbered ({@code %d}). */
  private static final String MOVED_OUTBOX = """
      outbox%%d AS (INSERT INTO vouchers_outbox (%s) SELECT %s FROM moved)""".formatted(
      ActivationOutboxRows.COLUMNS, ActivationOutboxRows.MARKS);

  /** PostgreSQL: UPDATE ... RETURNING feeding the history and outbox inserts, in one statement. */
  private static String moveStatement(VoucherUpdate update) {
    List<String> steps = new ArrayList<>();
    steps.add(MOVED);
    update.history().ifPresent(entry -> steps.add(MOVED_HISTORY));
    for (int i = 0; i < update.outbox().size(); i++) {
      steps.add(MOVED_OUTBOX.formatted(i));
    }
    return """
        WITH %s
        SELECT COUNT(*) FROM moved""".formatted(String.join(",\n", steps));
  }


  private static String prefixed(String prefix, String columns) {
    StringJoiner out = new StringJoiner(", ");
    for (String column : columns.split(",")) {
      out.add(prefix + column.strip());
    }
    return out.toString();
  }

  /**
   * G-4: a statement whose one {@code code_digest IN (?)} takes the code's candidate digests
   * (one per key of the ring), so that the code is found in one round trip under whichever
   * key it is stored.
   */
  static String withCandidates(String sql, int candidates) {
    return sql.replace("code_digest IN (?)", "code_digest IN (" + Sql.marks(candidates) + ")");
  }

  /**
   * G-4: {@link #withCandidates} of one statement, made once for the counts a key ring has (a
   * few keys): a redemption hands the driver the same text each time, which pgjdbc's statement
   * cache finds by a hash it has already computed, instead of a new copy of the statement to
   * build, hash and compare on every call.
   */
  static final class ByCandidates {
    private final String sql;
    private final String[] made = new String[9];

    ByCandidates(String sql) {
      this.sql = sql;
      for (int count = 0; count < made.length; count++) {
        made[count] = withCandidates(sql, count);
      }
    }

    /** The statement for {@code count} candidate digests. */
    String of(int count) {
      return count < made.length ? made[count] : withCandidates(sql, count);
    }
  }

  private static final ByCandidates BY_CODES = new ByCandidates(JdbcVouchers.SELECT_BY_CODES);
  private static final ByCandidates REDEEM_POSTGRESQL_BY_CANDIDATES =
      new ByCandidates(REDEEM_POSTGRESQL);
  private static final ByCandidates REDEEM_H2_BY_CANDIDATES = new ByCandidates(REDEEM_H2);

  /** Binds the candidate digests from {@code first} on; the next index. */
  private static int bindCandidates(PreparedStatement s, int first, List<CodeDigest> candidates)
      throws SQLException {
    int i = first;
    for (CodeDigest candidate : candidates) {
      s.setBytes(i++, candidate.bytes());
    }
    return i;
  }

  Optional<Voucher> voucherByCode(List<CodeDigest> candidates) {
    return transactions.inAutoCommit("find a voucher by code", connection ->
        Sql.one(connection, BY_CODES.of(candidates.size()),
            s -> bindCandidates(s, 1, candidates), Rows::voucher));
  }


  Optional<Redemption> redeem(List<CodeDigest> candidates, Actor by, Instant at) {
    if (dialect == Dialect.H2) {
      return redeemOnH2(candidates, by, at);
    }
    return transactions.inAutoCommit("redeem a voucher by code", connection ->
        Sql.one(connection, REDEEM_POSTGRESQL_BY_CANDIDATES.of(candidates.size()), s -> {
          int i = bindCandidates(s, 1, candidates);
          i = REDEEMABLE.bind(s, i, at);
          s.setString(i++, REDEEMABLE.target().name());
          i = REDEEMABLE.bind(s, i, at);
          s.setString(i++, REDEEMABLE.target().name());
          Sql.setInstant(s, i++, at);
          s.setString(i++, by.describe());
          s.setString(i, AbstractVoucher.REDEEMED);
        }, row -> new Redemption(Rows.redeemed(row),
            // from_status follows the answer's columns
            VoucherStatus.valueOf(row.getString(Rows.REDEEMED_COLUMN_COUNT + 1)))));
  }

  /**
   * H2: the conditional write ({@link #REDEEM_H2}) and the history and event rows in one
   * transaction. The row as it was must be one {@link Transition#REDEEM} allows; should it ever
   * not be, the transaction is rolled back and tried again (H2's concurrent-update state)
   * rather than a history written that does not match the row. The history row is the one
   * {@link Voucher#markRedeemed} writes, as PostgreSQL's statement writes it.
   */
  private Optional<Redemption> redeemOnH2(List<CodeDigest> candidates, Actor by, Instant at) {
    return transactions.inTransaction("redeem a voucher by code", connection -> {
      Optional<RedeemedVoucher> before = Sql.one(connection,
          REDEEM_H2_BY_CANDIDATES.of(candidates.size()), s -> {
            s.setString(1, REDEEMABLE.target().name());
            REDEEMABLE.bind(s, bindCandidates(s, 2, candidates), at);
          }, Rows::redeemed);
      if (before.isEmpty()) {
        return Optional.<Redemption>empty();
      }
      RedeemedVoucher was = before.get();
      // V-7: a row H2 hands back changed meanwhile is H2's concurrent update: rolled back and
      // tried again, never a written move the domain refuses
      if (!Transition.REDEEM.allows(was.status(), was.expiresAt(), at)) {
        throw new SQLException("voucher " + was.id() + " moved while it was being redeemed:"
            + " it was " + was.status() + ", expiring " + was.expiresAt(), "90131");
      }
      HistoryEntry entry = new HistoryEntry(was.id(), was.status(), REDEEMABLE.target(), at,
          by.describe(), AbstractVoucher.REDEEMED, Map.of());
      Sql.update(connection, JdbcVouchers.INSERT_HISTORY,
          s -> Rows.bindHistory(s, 1, entry, true));
      EventRows.insert(connection, EventRows.moved(entry)); // M-5
      return Optional.of(new Redemption(redeemed(was), was.status()));
    });
  }

  /** The redemption's answer: the row as it was, now in the move's target status. */
  private static RedeemedVoucher redeemed(RedeemedVoucher was) {
    return new RedeemedVoucher(was.id(), was.order(), was.partner(), was.configuration(),
        was.lastFour(), REDEEMABLE.target(), was.issuedAt(), was.expiresAt(),
        was.requestReference());
  }
}
