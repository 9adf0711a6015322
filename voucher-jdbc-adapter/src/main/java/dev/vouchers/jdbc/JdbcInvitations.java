// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.InvitationRows.INVITATION_COLUMNS;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.subaccount.domain.AbstractInvitation;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.port.out.Invitations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * {@link Invitations} over JDBC (I-1..I-3): tables {@code vouchers_invitations},
 * {@code vouchers_invitation_history}, and, written in the same transactions,
 * {@code vouchers_invitation_outbox} (the e-mails) and {@code vouchers_sub_accounts} with its
 * history (an acceptance). Every move is one conditional {@code UPDATE ... WHERE id = ? AND
 * version = ?} with its history row (and outbox row) in one transaction: of two concurrent
 * moves of one invitation, the second changes no row and writes nothing.
 */
final class JdbcInvitations implements Invitations {
  static final String INSERT = """
      INSERT INTO vouchers_invitations (%s) VALUES (%s)""".formatted(
          INVITATION_COLUMNS, InvitationRows.INVITATION_MARKS);
  static final String INSERT_HISTORY = """
      INSERT INTO vouchers_invitation_history (%s) VALUES (?, ?, ?, ?, ?, ?, ?)""".formatted(
          InvitationRows.INVITATION_HISTORY_COLUMNS);
  static final String SELECT = """
      SELECT %s
      FROM vouchers_invitations WHERE id = ?""".formatted(INVITATION_COLUMNS);
  static final String SELECT_BY_TOKEN = """
      SELECT %s
      FROM vouchers_invitations WHERE token_digest = ?""".formatted(INVITATION_COLUMNS);
  /** The one conditional write of a move. */
  static final String MOVE = """
      UPDATE vouchers_invitations SET %s
      WHERE id = ? AND version = ?""".formatted(InvitationRows.INVITATION_CHANGE);
  static final String SELECT_HISTORY = """
      SELECT %s
      FROM vouchers_invitation_history WHERE invitation_id = ? ORDER BY id""".formatted(
          InvitationRows.INVITATION_HISTORY_COLUMNS);
  /**
   * I-2, L-2 on PostgreSQL: one statement per batch of the expiry sweep, as the vouchers'
   * ({@code ExpirySweeps.EXPIRE_POSTGRESQL}). The due invitations are locked with
   * {@code FOR UPDATE SKIP LOCKED} through {@code vouchers_invitations_due} (another sweep's or
   * a move's rows are skipped, not waited for; a row moved meanwhile no longer matches),
   * written EXPIRED with the next version (found again by the locked rows' {@code ctid}s, a
   * TID scan), and their history rows appended from what the update returns: the entry
   * {@link AbstractInvitation#expiryEntry} makes, its data formatted in SQL from the stored
   * expiry ({@link Sql#instantText}).
   */
  static final String EXPIRE_POSTGRESQL = """
      WITH due AS (
        SELECT ctid AS at, status FROM vouchers_invitations
        WHERE %s AND expires_at <= ?
        ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED),
      moved AS (
        UPDATE vouchers_invitations i SET status = ?, version = i.version + 1
        FROM due WHERE i.ctid = ANY (ARRAY(SELECT at FROM due)) AND i.ctid = due.at
        RETURNING i.id, due.status AS from_status,
          i.expires_at, i.expires_at AT TIME ZONE 'UTC' AS utc),
      history AS (
        INSERT INTO vouchers_invitation_history (%s)
        SELECT id, from_status, ?, ?, ?, ?, ? || %s FROM moved)
      SELECT id, from_status, expires_at FROM moved""".formatted(
          expiringStatuses(), InvitationRows.INVITATION_HISTORY_COLUMNS, Sql.instantText("utc"));

  /**
   * I-2 on H2: the due invitations written EXPIRED with the next version, read as they were
   * before ({@code OLD TABLE}), as the vouchers' sweep ({@code ExpirySweeps.EXPIRE_H2}). H2
   * re-checks the condition of a row it had to wait for; should a row come back that the
   * domain refuses to expire (moved meanwhile), the transaction is rolled back and retried as
   * H2's own concurrent update would be. The history rows follow from the domain's move of
   * each row, in the same transaction.
   */
  static final String EXPIRE_H2 = """
      SELECT %s FROM OLD TABLE (
        UPDATE vouchers_invitations SET status = ?, version = version + 1
        WHERE %s AND expires_at <= ? AND id IN (
          SELECT id FROM vouchers_invitations WHERE %s AND expires_at <= ?
          ORDER BY expires_at, id LIMIT ?))""".formatted(
          INVITATION_COLUMNS, expiringStatuses(), expiringStatuses());
  static final String INSERT_SUB_ACCOUNT = """
      INSERT INTO vouchers_sub_accounts (%s) VALUES (%s)""".formatted(
          InvitationRows.SUB_ACCOUNT_COLUMNS, InvitationRows.SUB_ACCOUNT_MARKS);

  /** I-2: the status an expiring invitation is written with, as the domain's expiry makes it. */
  private static final InvitationStatus EXPIRY_TARGET = InvitationStatus.EXPIRED;

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcInvitations(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  @Override
  public void insert(InvitationCreated created, InvitationMessage message) {
    Invitation invitation = created.invitation();
    transactions.inTransaction("store invitation " + invitation.id(), connection -> {
      Sql.update(connection, INSERT, s -> InvitationRows.bindInvitation(s, invitation));
      Sql.update(connection, INSERT_HISTORY,
          s -> InvitationRows.bindInvitationHistory(s, created.entry()));
      EventRows.insert(connection, ChangeEvents.of(created.entry())); // M-5
      InvitationOutboxRows.insert(connection, message);
      return null;
    });
  }

  @Override
  public Optional<Invitation> invitation(InvitationId id) {
    return transactions.inAutoCommit("read invitation " + id, connection ->
        Sql.one(connection, SELECT, s -> s.setString(1, id.value()), InvitationRows::invitation));
  }

  @Override
  public Optional<Invitation> invitationByToken(CodeDigest token) {
    return transactions.inAutoCommit("find an invitation by its token", connection ->
        Sql.one(connection, SELECT_BY_TOKEN, s -> s.setBytes(1, token.bytes()),
            InvitationRows::invitation));
  }

  @Override
  public Page<Invitation> invitations(InvitationFilter filter, PageRequest page) {
    List<Listing.Range> ranges = invitationRanges(filter);
    return transactions.inTransaction("list invitations of " + filter.partner(), connection ->
        Listing.page(connection, "vouchers_invitations", INVITATION_COLUMNS, "invited_at",
            ranges, page, InvitationRows::invitation, Invitation::invitedAt,
            i -> i.id().value()));
  }

  /**
   * O-5, L-1 (ADR 0031): the partner's range of {@code vouchers_invitations_by_partner}, or one
   * range per status of {@code vouchers_invitations_by_partner_status}. I-2: statuses as seen
   * at {@code asOf}: a status that expires lists the invitations not yet due, and EXPIRED adds
   * the due ones not yet swept ({@link #EXPIRING}, the partial index
   * {@code vouchers_invitations_due}).
   */
  static List<Listing.Range> invitationRanges(InvitationFilter filter) {
    Listing.Range partner = Listing.Range.of("partner_id = ?", filter.partner().value());
    if (filter.statuses().isEmpty()) {
      return List.of(partner);
    }
    List<Listing.Range> ranges = new ArrayList<>();
    for (InvitationStatus status : EnumSet.copyOf(filter.statuses())) {
      Listing.Range range = partner.and("status = ?", status.name());
      ranges.add(expires(status) ? range.and("expires_at > ?", filter.asOf()) : range);
      if (status == InvitationStatus.EXPIRED) {
        ranges.add(partner.and(EXPIRING + " AND expires_at <= ?", filter.asOf()));
      }
    }
    return ranges;
  }

  /** I-2: whether an invitation in this status expires (it may move to EXPIRED). */
  private static boolean expires(InvitationStatus status) {
    return status != InvitationStatus.EXPIRED && status.canMoveTo(InvitationStatus.EXPIRED);
  }

  /**
   * I-2: the statuses that expire, as a SQL condition rendered from the domain's move table;
   * written into the statement, not bound, so that the planner matches the partial index
   * {@code vouchers_invitations_due}, whose predicate is the same condition.
   */
  static final String EXPIRING = expiringStatuses();

  private static String expiringStatuses() {
    StringJoiner statuses = new StringJoiner("', '", "status IN ('", "')");
    for (InvitationStatus status : InvitationStatus.values()) {
      if (expires(status)) {
        statuses.add(status.name());
      }
    }
    return statuses.toString();
  }

  @Override
  public boolean update(InvitationMove move, Optional<InvitationMessage> message) {
    return transactions.inTransaction("move invitation " + move.before().id(), connection -> {
      if (!moved(connection, move)) {
        return false;
      }
      if (message.isPresent()) {
        InvitationOutboxRows.insert(connection, message.get());
      }
      return true;
    });
  }

  /** The conditional write and its history row; false (nothing written) if it lost. */
  private static boolean moved(Connection connection, InvitationMove move) throws SQLException {
    int changed = Sql.update(connection, MOVE, s -> {
      int i = InvitationRows.bindInvitationChange(s, 1, move.after());
      s.setString(i++, move.before().id().value());
      s.setLong(i, move.before().version());
    });
    if (changed == 0) {
      return false;
    }
    Sql.update(connection, INSERT_HISTORY,
        s -> InvitationRows.bindInvitationHistory(s, move.entry()));
    EventRows.insert(connection, ChangeEvents.of(move.entry())); // M-5
    return true;
  }

  @Override
  public boolean accept(Acceptance acceptance) {
    return transactions.inTransaction("accept invitation " + acceptance.move().before().id(),
        connection -> {
          if (!moved(connection, acceptance.move())) {
            return false;
          }
          Sql.update(connection, INSERT_SUB_ACCOUNT,
              s -> InvitationRows.bindSubAccount(s, acceptance.subAccount()));
          Sql.update(connection, JdbcSubAccounts.INSERT_HISTORY,
              s -> InvitationRows.bindSubAccountHistory(s, acceptance.entry()));
          EventRows.insert(connection, ChangeEvents.of(acceptance.entry())); // M-5
          return true;
        });
  }

  @Override
  public List<InvitationHistoryEntry> history(InvitationId invitation) {
    return transactions.inAutoCommit("read the history of invitation " + invitation,
        connection -> Sql.list(connection, SELECT_HISTORY,
            s -> s.setString(1, invitation.value()), InvitationRows::invitationHistory));
  }

  @Override
  public List<InvitationHistoryEntry> expireDueInvitations(Instant now, Actor by, int limit) {
    if (dialect == Dialect.H2) {
      return transactions.inTransaction("expire due invitations", connection -> {
        List<Invitation> before = Sql.list(connection, EXPIRE_H2, s -> {
          s.setString(1, EXPIRY_TARGET.name());
          Sql.setInstant(s, 2, now);
          Sql.setInstant(s, 3, now);
          s.setInt(4, limit);
        }, InvitationRows::invitation);
        List<InvitationHistoryEntry> expired = new ArrayList<>(before.size());
        try (PreparedStatement s = connection.prepareStatement(INSERT_HISTORY)) {
          for (Invitation invitation : before) {
            var expiry = invitation.expire(by, now);
            if (expiry.isLeft()) {
              // I-2: H2 updated a row that a concurrent move changed after the statement read
              // it: H2's concurrent-update state, so the transaction is rolled back and the
              // sweep tried again, which no longer finds the invitation due
              throw new SQLException("invitation " + invitation.id() + " moved while it was"
                  + " being expired: " + expiry.getLeft(), "90131");
            }
            InvitationRows.bindInvitationHistory(s, expiry.get().entry());
            s.addBatch();
            expired.add(expiry.get().entry());
          }
          if (!before.isEmpty()) {
            s.executeBatch();
          }
        }
        EventRows.insertAll(connection, expired.stream().map(ChangeEvents::of).toList());
        return expired;
      });
    }
    String expiredAtKey = Rows.encode(Map.of(AbstractInvitation.EXPIRED_AT, "")); // "expiresAt="
    return transactions.inTransaction("expire due invitations", connection -> {
      List<InvitationHistoryEntry> expired = Sql.list(connection, EXPIRE_POSTGRESQL, s -> {
          Sql.setInstant(s, 1, now);
          s.setInt(2, limit);
          s.setString(3, EXPIRY_TARGET.name());
          s.setString(4, EXPIRY_TARGET.name());
          Sql.setInstant(s, 5, now);
          s.setString(6, by.describe());
          s.setString(7, AbstractInvitation.EXPIRED);
          s.setString(8, expiredAtKey);
        }, row -> {
          InvitationHistoryEntry entry = AbstractInvitation.expiryEntry(
              new InvitationId(Sql.string(row, "id")), Sql.instant(row, "expires_at"), by, now);
          if (!entry.from().map(InvitationStatus::name).orElse("")
              .equals(Sql.string(row, "from_status"))) {
            throw new IllegalStateException("invitation " + entry.invitation() + " expired"
                + " from " + Sql.string(row, "from_status") + ", which the domain does not");
          }
          return entry;
        });
      // M-5: the batch's events in its transaction (a batch is bounded by the limit)
      EventRows.insertAll(connection, expired.stream().map(ChangeEvents::of).toList());
      return expired;
    });
  }
}
