// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.InvitationRows.INVITATION_COLUMNS;

import dev.vouchers.core.domain.Page;
import dev.vouchers.core.domain.PageRequest;
import dev.vouchers.core.domain.code.CodeDigest;
import dev.vouchers.core.domain.subaccount.Acceptance;
import dev.vouchers.core.domain.subaccount.Invitation;
import dev.vouchers.core.domain.subaccount.InvitationCreated;
import dev.vouchers.core.domain.subaccount.InvitationFilter;
import dev.vouchers.core.domain.subaccount.InvitationHistoryEntry;
import dev.vouchers.core.domain.subaccount.InvitationId;
import dev.vouchers.core.domain.subaccount.InvitationMessage;
import dev.vouchers.core.domain.subaccount.InvitationMove;
import dev.vouchers.core.domain.subaccount.InvitationStatus;
import dev.vouchers.core.port.out.Invitations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
  static final String INSERT = "INSERT INTO vouchers_invitations (" + INVITATION_COLUMNS
      + ") VALUES (" + InvitationRows.INVITATION_MARKS + ")";
  static final String INSERT_HISTORY = "INSERT INTO vouchers_invitation_history ("
      + InvitationRows.INVITATION_HISTORY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
  static final String SELECT = "SELECT " + INVITATION_COLUMNS
      + " FROM vouchers_invitations WHERE id = ?";
  static final String SELECT_BY_TOKEN = "SELECT " + INVITATION_COLUMNS
      + " FROM vouchers_invitations WHERE token_digest = ?";
  /** The one conditional write of a move. */
  static final String MOVE = "UPDATE vouchers_invitations SET "
      + InvitationRows.INVITATION_CHANGE + " WHERE id = ? AND version = ?";
  static final String SELECT_HISTORY = "SELECT " + InvitationRows.INVITATION_HISTORY_COLUMNS
      + " FROM vouchers_invitation_history WHERE invitation_id = ? ORDER BY id";
  static final String SELECT_DUE = "SELECT " + INVITATION_COLUMNS + " FROM vouchers_invitations"
      + " WHERE " + expiringStatuses() + " AND expires_at <= ? ORDER BY expires_at, id LIMIT ?";
  static final String INSERT_SUB_ACCOUNT = "INSERT INTO vouchers_sub_accounts ("
      + InvitationRows.SUB_ACCOUNT_COLUMNS + ") VALUES (" + InvitationRows.SUB_ACCOUNT_MARKS
      + ")";

  private final Transactions transactions;

  JdbcInvitations(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(InvitationCreated created, InvitationMessage message) {
    Invitation invitation = created.invitation();
    transactions.inTransaction("store invitation " + invitation.id(), connection -> {
      Sql.update(connection, INSERT, s -> InvitationRows.bindInvitation(s, invitation));
      Sql.update(connection, INSERT_HISTORY,
          s -> InvitationRows.bindInvitationHistory(s, created.entry()));
      JdbcInvitationOutbox.insert(connection, message);
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
        JdbcInvitationOutbox.insert(connection, message.get());
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
  public List<Invitation> dueToExpire(Instant now, int limit) {
    return transactions.inAutoCommit("find invitations due to expire", connection ->
        Sql.list(connection, SELECT_DUE, s -> {
          Sql.setInstant(s, 1, now);
          s.setInt(2, limit);
        }, InvitationRows::invitation));
  }
}
