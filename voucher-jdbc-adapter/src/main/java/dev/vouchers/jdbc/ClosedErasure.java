// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.JdbcPersonalData.INVITATION_MARK;
import static dev.vouchers.jdbc.JdbcPersonalData.LOCK_MARK;
import static dev.vouchers.jdbc.JdbcPersonalData.MOVE_MARK;
import static dev.vouchers.jdbc.JdbcPersonalData.NEXT_INVITATION_CLOSINGS;
import static dev.vouchers.jdbc.JdbcPersonalData.NEXT_VOUCHER_CLOSINGS;
import static dev.vouchers.jdbc.JdbcPersonalData.UPDATE_INVITATION_HISTORY;
import static dev.vouchers.jdbc.JdbcPersonalData.UPDATE_VOUCHER_HISTORY;
import static dev.vouchers.jdbc.JdbcPersonalData.VOUCHER_MARK;
import static dev.vouchers.jdbc.JdbcPersonalData.rewrite;

import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * E-1: the automatic erasure of {@link JdbcPersonalData}: the closing history entries are walked
 * from a mark per history, batch by batch, and the vouchers and invitations still closed are
 * redacted with their histories and e-mails.
 */
final class ClosedErasure {
  private ClosedErasure() {}

  /** A closing history entry: where the walk is. */
  private record Closing(Instant movedAt, long id, String owner) {}

  static int erase(Connection c, Instant closedBefore, Instant at, String by, int limit)
      throws SQLException {
    long[] rows = {0};
    int seen = walk(c, VOUCHER_MARK, NEXT_VOUCHER_CLOSINGS, closedBefore, limit,
        owners -> rows[0] += eraseVouchers(c, owners, at));
    seen += walk(c, INVITATION_MARK, NEXT_INVITATION_CLOSINGS, closedBefore, limit,
        owners -> rows[0] += eraseInvitations(c, owners, at));
    if (rows[0] > 0) {
      JdbcPersonalData.insert(c, new ErasureRecord(at, by, ErasureKind.RETENTION, rows[0]));
    }
    return seen;
  }

  /** What a walk does with the owners (voucher or invitation ids) of a batch of closings. */
  @FunctionalInterface
  private interface BatchWork {
    void erase(List<String> owners) throws SQLException;
  }

  private static int walk(Connection c, String mark, String next, Instant closedBefore,
      int limit, BatchWork work) throws SQLException {
    Closing from = Sql.one(c, LOCK_MARK, s -> s.setString(1, mark),
        r -> new Closing(Sql.instant(r, "moved_at"), r.getLong("entry_id"), mark))
        .orElseThrow(() -> new IllegalStateException("the schema has no erasure mark "
            + mark + ": run JdbcSchema.initialize again"));
    List<Closing> batch = Sql.list(c, next, s -> {
      Sql.setInstant(s, 1, from.movedAt());
      s.setLong(2, from.id());
      Sql.setInstant(s, 3, closedBefore);
      s.setInt(4, limit);
    }, r -> new Closing(Sql.instant(r, "moved_at"), r.getLong(2), r.getString(3)));
    if (batch.isEmpty()) {
      return 0;
    }
    work.erase(batch.stream().map(Closing::owner).distinct().toList());
    Closing last = batch.get(batch.size() - 1);
    Sql.update(c, MOVE_MARK, s -> {
      Sql.setInstant(s, 1, last.movedAt());
      s.setLong(2, last.id());
      s.setString(3, mark);
    });
    return batch.size();
  }

  /** The vouchers of the batch that are still closed: redacted with their history and e-mails. */
  private static long eraseVouchers(Connection c, List<String> ids, Instant at)
      throws SQLException {
    List<VoucherStatus> closed = List.copyOf(Erased.closedVoucherStatuses());
    List<String> stillClosed = Sql.list(c, """
        SELECT id FROM vouchers_vouchers WHERE id IN (%s) AND status IN (%s)""".formatted(
        Sql.marks(ids.size()), Sql.marks(closed.size())), s -> {
          int i = 1;
          for (String id : ids) {
            s.setString(i++, id);
          }
          for (VoucherStatus status : closed) {
            s.setString(i++, status.name());
          }
        }, r -> r.getString(1));
    if (stillClosed.isEmpty()) {
      return 0;
    }
    String in = " IN (" + Sql.marks(stillClosed.size()) + ")";
    long rows = Sql.update(c, """
        UPDATE vouchers_vouchers SET recipient = ?, personal_message = ?, version = version + 1
        WHERE id%s AND recipient IS NOT NULL AND recipient <> ?""".formatted(in), s -> {
          int i = bindErased(s, stillClosed);
          s.setString(i, Erased.ADDRESS.value());
        });
    rows += Sql.update(c, """
        UPDATE vouchers_outbox SET recipient = ?, personal_message = ?, link_sealed = NULL,
          last_error = CASE WHEN last_error IS NULL THEN NULL ELSE ? END,
          outcome = COALESCE(outcome, ?), delivered_at = COALESCE(delivered_at, ?)
        WHERE voucher_id%s AND recipient <> ?""".formatted(in),
        s -> bindOutboxBatch(s, stillClosed, at));
    rows += rewrite(c, """
        SELECT voucher_id, id, by_whom, data FROM vouchers_history
        WHERE voucher_id%s""".formatted(in), UPDATE_VOUCHER_HISTORY,
        s -> bindIds(s, 1, stillClosed), null);
    return rows;
  }

  /** The invitations of the batch (closed for good): redacted with history and e-mails. */
  private static long eraseInvitations(Connection c, List<String> ids, Instant at)
      throws SQLException {
    String in = " IN (" + Sql.marks(ids.size()) + ")";
    long rows = Sql.update(c, """
        UPDATE vouchers_invitations SET recipient = ?, message = ?, version = version + 1
        WHERE id%s AND recipient <> ?""".formatted(in), s -> {
          int i = bindErased(s, ids);
          s.setString(i, Erased.ADDRESS.value());
        });
    rows += Sql.update(c, """
        UPDATE vouchers_invitation_outbox SET recipient = ?, custom_message = ?,
          token_sealed = NULL, last_error = CASE WHEN last_error IS NULL THEN NULL ELSE ? END,
          outcome = COALESCE(outcome, ?), delivered_at = COALESCE(delivered_at, ?)
        WHERE invitation_id%s AND recipient <> ?""".formatted(in),
        s -> bindOutboxBatch(s, ids, at));
    rows += rewrite(c, """
        SELECT invitation_id, id, by_whom, data FROM vouchers_invitation_history
        WHERE invitation_id%s""".formatted(in), UPDATE_INVITATION_HISTORY, s -> bindIds(s, 1, ids),
        null);
    return rows;
  }

  private static int bindErased(PreparedStatement s, List<String> ids) throws SQLException {
    s.setString(1, Erased.ADDRESS.value());
    s.setString(2, Erased.TEXT);
    return bindIds(s, 3, ids);
  }

  private static void bindOutboxBatch(PreparedStatement s, List<String> ids, Instant at)
      throws SQLException {
    s.setString(1, Erased.ADDRESS.value());
    s.setString(2, Erased.TEXT);
    s.setString(3, Erased.TEXT);
    s.setString(4, JdbcOutbox.Outcome.DROPPED.name());
    Sql.setInstant(s, 5, at);
    int i = bindIds(s, 6, ids);
    s.setString(i, Erased.ADDRESS.value());
  }

  private static int bindIds(PreparedStatement s, int first, List<String> ids)
      throws SQLException {
    int i = first;
    for (String id : ids) {
      s.setString(i++, id);
    }
    return i;
  }
}
