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
import java.util.List;
import java.util.Optional;

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
      + " WHERE status = 'PENDING' AND expires_at <= ? ORDER BY expires_at, id LIMIT ?";
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
    // I-2: the status as seen at asOf: a due PENDING invitation counts as EXPIRED
    List<String> any = new ArrayList<>();
    List<InvitationStatus> bound = new ArrayList<>();
    for (InvitationStatus status : filter.statuses()) {
      switch (status) {
        case EXPIRED -> any.add("status = 'EXPIRED' OR (status = 'PENDING' AND expires_at <= ?)");
        case PENDING -> any.add("(status = 'PENDING' AND expires_at > ?)");
        default -> any.add("status = ?");
      }
      bound.add(status);
    }
    String where = "partner_id = ?" + (any.isEmpty() ? "" : " AND (" + String.join(" OR ", any)
        + ")");
    return transactions.inTransaction("list invitations of " + filter.partner(), connection ->
        InvitationRows.page(connection, "vouchers_invitations", INVITATION_COLUMNS, "invited_at",
            where, s -> {
              int i = 1;
              s.setString(i++, filter.partner().value());
              for (InvitationStatus status : bound) {
                if (status == InvitationStatus.EXPIRED || status == InvitationStatus.PENDING) {
                  Sql.setInstant(s, i++, filter.asOf());
                } else {
                  s.setString(i++, status.name());
                }
              }
              return i;
            }, page, InvitationRows::invitation));
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
