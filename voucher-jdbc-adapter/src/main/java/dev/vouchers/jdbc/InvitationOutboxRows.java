// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.SealedSecret;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * I-1: the invitation e-mails' rows of table {@code vouchers_invitation_outbox}: written by
 * {@link JdbcInvitations} in the transaction that stores the invitation, read back as messages
 * by the {@link JdbcOutbox} that claims, marks and counts them ({@link #outbox}) exactly like
 * the activation e-mails. A message that ends (delivered, dropped or parked) has its sealed
 * token erased.
 */
final class InvitationOutboxRows {
  static final String INSERT = """
      INSERT INTO vouchers_invitation_outbox (id, invitation_id, partner_id, partner_name,
        recipient, sub_account_type, custom_message, token_sealed, invitation_expires_at,
        language, created_at, due_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  /** What {@link #message} reads of a claimed row. */
  private static final List<String> MESSAGE_COLUMNS = List.of("invitation_id", "partner_id",
      "partner_name", "recipient", "sub_account_type", "custom_message", "token_sealed",
      "invitation_expires_at", "language", "created_at");
  /** The token is no longer needed once the message ended. */
  private static final List<String> ERASED_ON_DELIVERY = List.of("token_sealed");

  private InvitationOutboxRows() {}

  /** The invitation e-mails' outbox. */
  static JdbcOutbox<InvitationMessage> outbox(Transactions transactions, Dialect dialect) {
    return new JdbcOutbox<>(transactions, dialect, "vouchers_invitation_outbox",
        "invitation outbox", MESSAGE_COLUMNS, ERASED_ON_DELIVERY, InvitationOutboxRows::message);
  }

  /** Writes a message on the connection of the caller's transaction. */
  static void insert(Connection connection, InvitationMessage m) throws SQLException {
    Sql.update(connection, INSERT, s -> {
      s.setString(1, m.id().value());
      s.setString(2, m.invitation().value());
      s.setString(3, m.partner().value());
      s.setString(4, m.partnerName());
      s.setString(5, m.recipient().value());
      s.setString(6, m.type().name());
      s.setString(7, m.customMessage());
      s.setBytes(8, m.token().bytes());
      Sql.setInstant(s, 9, m.expiresAt());
      s.setString(10, m.language().toLanguageTag());
      Sql.setInstant(s, 11, m.createdAt());
      Sql.setInstant(s, 12, m.createdAt());
    });
  }

  private static InvitationMessage message(ResultSet row) throws SQLException {
    byte[] token = row.getBytes("token_sealed");
    if (token == null) {
      throw new IllegalStateException("an undelivered invitation message without its token");
    }
    return new InvitationMessage(MessageId.of(string(row, "id")),
        new InvitationId(string(row, "invitation_id")), new PartnerId(string(row, "partner_id")),
        string(row, "partner_name"), new EmailAddress(string(row, "recipient")),
        SubAccountType.valueOf(string(row, "sub_account_type")), string(row, "custom_message"),
        SealedSecret.of(token), Sql.instant(row, "invitation_expires_at"),
        Locale.forLanguageTag(string(row, "language")), Sql.instant(row, "created_at"));
  }
}
