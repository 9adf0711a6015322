// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.out.Vouchers.Expiry;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
import dev.vouchers.core.voucher.domain.ExpiryExtension;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * V-4, M-2: the expiry sweep, batch by batch and set-based (on PostgreSQL one statement writes
 * the vouchers, their history and events), and the extension of an order's expiry; the
 * expiring statuses rendered from the domain's move table.
 */
final class ExpirySweeps {
  /** V-4: the status an expiring voucher is written with, as the domain's expiry move makes it. */
  static final VoucherStatus EXPIRY_TARGET = Transition.EXPIRE.to();

  /**
   * V-4: the statuses that expire (the sources of {@link Transition#EXPIRE}, which
   * {@link VoucherStatus#expires} reads) as a SQL condition, rendered from the domain. Written
   * into the statement rather than bound, so that the planner matches the partial index
   * {@code vouchers_vouchers_due}, whose predicate is the same condition
   * ({@code DerivedStatusListsTest} checks that the schema file says the same).
   */
  static final String EXPIRING = expiringStatuses("");

  static String expiringStatuses(String prefix) {
    StringJoiner statuses = new StringJoiner("', '", prefix + "status IN ('", "')");
    for (VoucherStatus status : Transition.EXPIRE.from()) {
      statuses.add(status.name());
    }
    return statuses.toString();
  }

  /**
   * V-4, V-2 on PostgreSQL: one statement per batch. The due vouchers are locked with
   * {@code FOR UPDATE SKIP LOCKED} (another sweep's or a move's rows are skipped, not waited
   * for; a row moved meanwhile no longer matches), written EXPIRED with the next version (found
   * again by the locked row versions' {@code ctid}s, a TID scan: no join over the table), and
   * their history rows appended from what the update returns: the entry
   * {@link AbstractVoucher#expiryEntry} makes, its data ({@code expiresAt=} the expiry as
   * {@link Instant#toString()} prints it, URL-encoded) formatted in SQL from the microseconds
   * the column holds.
   */
  static final String EXPIRE_POSTGRESQL = """
      WITH due AS (
        SELECT ctid AS at, status FROM vouchers_vouchers
        WHERE %s AND expires_at <= ?
        ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED),
      moved AS (
        UPDATE vouchers_vouchers v SET status = ?, version = v.version + 1
        FROM due WHERE v.ctid = ANY (ARRAY(SELECT at FROM due)) AND v.ctid = due.at
        RETURNING v.id, v.partner_id, due.status AS from_status,
          v.expires_at, v.expires_at AT TIME ZONE 'UTC' AS utc),
      history AS (
        INSERT INTO vouchers_history (%s)
        SELECT id, from_status, ?, ?, ?, ?, ? || %s FROM moved%s),
      events AS (%s)
      SELECT id, partner_id, from_status, expires_at FROM moved""".formatted(
          expiringStatuses(""), Rows.HISTORY_COLUMNS, Sql.instantText("utc"),
          EventRows.HISTORY_RETURNING, EventRows.fromVoucherHistory("history"));

  /**
   * V-4 on H2: the due vouchers written EXPIRED with the next version, read as they were
   * before ({@code OLD TABLE}). H2 re-checks the condition of a row it had to wait for, so a
   * row another sweep or a move changed meanwhile is normally left out; should a row come back
   * that the domain refuses to expire (seen once in CI with H2 2.5: a row redeemed meanwhile),
   * the transaction is rolled back and retried as H2's own concurrent update would be. The
   * history rows follow from the domain's move of each row, in the same transaction.
   */
  static final String EXPIRE_H2 = """
      SELECT %s FROM OLD TABLE (
        UPDATE vouchers_vouchers SET status = ?, version = version + 1
        WHERE %s AND expires_at <= ? AND id IN (
          SELECT id FROM vouchers_vouchers WHERE %s AND expires_at <= ?
          ORDER BY expires_at, id LIMIT ?))""".formatted(
          Rows.VOUCHER_COLUMNS, expiringStatuses(""), expiringStatuses(""));

  /**
   * M-2: the stored statuses an extension starts from ({@link Transition#extendable()}), bound
   * in this order, never literals.
   */
  static final List<VoucherStatus> EXTENDABLE = List.copyOf(Transition.extendable());

  /**
   * M-2, L-2: the next batch of an order's vouchers to extend, in id order after a cursor
   * (vouchers_vouchers_by_order), held ({@code FOR UPDATE}) until the batch is written, each
   * with the status it expired from.
   */
  static final String SELECT_EXTENDABLE = """
      SELECT %s, %s AS before_expiry
      FROM vouchers_vouchers v
      WHERE order_id = ? AND id > ? AND %s AND expires_at < ?
      ORDER BY id LIMIT ? FOR UPDATE""".formatted(
          Rows.VOUCHER_COLUMNS, beforeExpiry("v.id"), extendable());

  /**
   * M-2, L-2: one UPDATE per batch: the held vouchers (the same condition, between the cursor
   * and the batch's last id) get the new expiry and the next version; one written EXPIRED
   * returns to the status it expired from (VALID when none is on record), as
   * {@link dev.vouchers.core.voucher.domain.AbstractVoucher#extendExpiry} decides.
   */
  static final String EXTEND_EXPIRY = """
      UPDATE vouchers_vouchers
      SET expires_at = ?, version = version + 1,
        status = CASE WHEN status = ? THEN COALESCE(%s, ?) ELSE status END
      WHERE order_id = ? AND id > ? AND id <= ? AND %s AND expires_at < ?""".formatted(
          beforeExpiry("vouchers_vouchers.id"), extendable());

  List<Expiry> expireDue(Instant now, Actor by, int limit) {
    if (dialect == Dialect.H2) {
      return transactions.inTransaction("expire due vouchers", connection -> {
        List<Voucher> before = Sql.list(connection, EXPIRE_H2, s -> {
          s.setString(1, EXPIRY_TARGET.name());
          Sql.setInstant(s, 2, now);
          Sql.setInstant(s, 3, now);
          s.setInt(4, limit);
        }, Rows::voucher);
        List<Expiry> expired = new ArrayList<>(before.size());
        try (PreparedStatement s = connection.prepareStatement(JdbcVouchers.INSERT_HISTORY)) {
          for (Voucher voucher : before) {
            var expiry = voucher.expire(by, now);
            if (expiry.isLeft()) {
              // V-7: H2 updated a row that a concurrent move changed after the statement read
              // it (seen as REDEEMED here): H2's concurrent-update state, so the transaction
              // is rolled back and the sweep tried again, which no longer finds the voucher due
              throw new SQLException("voucher " + voucher.id() + " moved while it was being"
                  + " expired: " + expiry.getLeft(), "90131");
            }
            VoucherMove move = expiry.get();
            Rows.bindHistory(s, 1, move.entry(), true);
            s.addBatch();
            expired.add(new Expiry(voucher.partner(), move.entry()));
          }
          if (!before.isEmpty()) {
            s.executeBatch();
          }
        }
        EventRows.insertMoves(connection, expired.stream().map(Expiry::entry).toList());
        return expired;
      });
    }
    String expiredAtKey = Rows.encode(Map.of(AbstractVoucher.EXPIRED_AT, "")); // "expiresAt="
    return transactions.inTransaction("expire due vouchers", connection ->
        Sql.list(connection, EXPIRE_POSTGRESQL, s -> {
          Sql.setInstant(s, 1, now);
          s.setInt(2, limit);
          s.setString(3, EXPIRY_TARGET.name());
          s.setString(4, EXPIRY_TARGET.name());
          Sql.setInstant(s, 5, now);
          s.setString(6, by.describe());
          s.setString(7, AbstractVoucher.EXPIRED);
          s.setString(8, expiredAtKey);
        }, row -> new Expiry(new PartnerId(Sql.string(row, "partner_id")),
            AbstractVoucher.expiryEntry(VoucherId.of(Sql.string(row, "id")),
                VoucherStatus.valueOf(Sql.string(row, "from_status")),
                Sql.instant(row, "expires_at"), by, now))));
  }

  private final Transactions transactions;
  private final Dialect dialect;

  ExpirySweeps(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  /**
   * M-2, V-2: the status a voucher written EXPIRED returns to: the source of its last EXPIRE
   * entry, found by the history's primary key (voucher_id, id); the statuses are bound.
   */
  private static String beforeExpiry(String voucher) {
    return """
        (SELECT h.from_status FROM vouchers_history h
          WHERE h.voucher_id = %s AND h.to_status = ? ORDER BY h.id DESC LIMIT 1)""".formatted(
        voucher);
  }

  /** "status IN (?, ?, ?)" for {@link #EXTENDABLE}. */
  private static String extendable() {
    return "status IN (" + Sql.marks(EXTENDABLE.size()) + ")";
  }

  List<HistoryEntry> extendExpiry(OrderId order, ExpiryExtension extension,
      Optional<VoucherId> after, int limit) {
    String from = after.map(VoucherId::value).orElse("");
    String expired = Transition.EXPIRE.to().name();
    return transactions.inTransaction("extend the expiry of vouchers of order " + order,
        connection -> {
          List<VoucherMove> moves = Sql.list(connection, SELECT_EXTENDABLE, s -> {
            int i = 1;
            s.setString(i++, expired);
            s.setString(i++, order.value());
            s.setString(i++, from);
            for (VoucherStatus status : EXTENDABLE) {
              s.setString(i++, status.name());
            }
            Sql.setInstant(s, i++, extension.until());
            s.setInt(i, limit);
          }, row -> {
            Voucher voucher = Rows.voucher(row);
            Optional<VoucherStatus> before = Optional.ofNullable(row.getString("before_expiry"))
                .map(VoucherStatus::valueOf);
            return extension.move(voucher, before).getOrElseThrow(refusal ->
                new SQLException("an extendable voucher was refused: " + refusal));
          });
          if (moves.isEmpty()) {
            return List.<HistoryEntry>of();
          }
          String last = moves.get(moves.size() - 1).after().id().value();
          int updated = Sql.update(connection, EXTEND_EXPIRY, s -> {
            int i = 1;
            Sql.setInstant(s, i++, extension.until());
            s.setString(i++, expired);
            s.setString(i++, expired);
            s.setString(i++, Transition.EXTEND_VALID.to().name());
            s.setString(i++, order.value());
            s.setString(i++, from);
            s.setString(i++, last);
            for (VoucherStatus status : EXTENDABLE) {
              s.setString(i++, status.name());
            }
            Sql.setInstant(s, i, extension.until());
          });
          if (updated != moves.size()) {
            // the rows were held: a different count is a broken invariant, nothing is kept
            throw new SQLException("extended " + updated + " vouchers of order " + order
                + " instead of the " + moves.size() + " held");
          }
          List<HistoryEntry> entries = new ArrayList<>(moves.size());
          try (PreparedStatement s = connection.prepareStatement(JdbcVouchers.INSERT_HISTORY)) {
            for (VoucherMove move : moves) {
              Rows.bindHistory(s, 1, move.entry(), true);
              s.addBatch();
              entries.add(move.entry());
            }
            s.executeBatch();
          }
          EventRows.insertMoves(connection, entries); // M-5
          return entries;
        });
  }
}
