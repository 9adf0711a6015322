// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.SealedSecret;
import dev.vouchers.core.messaging.port.out.InvitationOutbox;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@link InvitationOutbox} over JDBC (I-1): table {@code vouchers_invitation_outbox}, written
 * by {@link JdbcInvitations} in the transaction that stores the invitation, claimed with a
 * lease, marked and counted by {@link OutboxTable} exactly like {@link JdbcOutbox}. A message
 * that ends (delivered, dropped or parked) has its sealed token erased.
 */
final class JdbcInvitationOutbox implements InvitationOutbox {
  static final String INSERT = "INSERT INTO vouchers_invitation_outbox (id, invitation_id,"
      + " partner_id, partner_name, recipient, sub_account_type, custom_message, token_sealed,"
      + " invitation_expires_at, language, created_at, due_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  /** What {@link #entry} reads of a claimed row. */
  private static final List<String> MESSAGE_COLUMNS = List.of("invitation_id", "partner_id",
      "partner_name", "recipient", "sub_account_type", "custom_message", "token_sealed",
      "invitation_expires_at", "language", "created_at");
  /** The token is no longer needed once the message ended. */
  private static final List<String> ERASED_ON_DELIVERY = List.of("token_sealed");

  private final OutboxTable<Entry> table;

  JdbcInvitationOutbox(Transactions transactions, Dialect dialect) {
    this.table = new OutboxTable<>(transactions, dialect, "vouchers_invitation_outbox",
        "invitation outbox", MESSAGE_COLUMNS, ERASED_ON_DELIVERY, JdbcInvitationOutbox::entry);
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

  private static Entry entry(ResultSet row, int earlierAttempts) throws SQLException {
    byte[] token = row.getBytes("token_sealed");
    if (token == null) {
      throw new IllegalStateException("an undelivered invitation message without its token");
    }
    InvitationMessage message = new InvitationMessage(MessageId.of(string(row, "id")),
        new InvitationId(string(row, "invitation_id")), new PartnerId(string(row, "partner_id")),
        string(row, "partner_name"), new EmailAddress(string(row, "recipient")),
        SubAccountType.valueOf(string(row, "sub_account_type")), string(row, "custom_message"),
        SealedSecret.of(token), Sql.instant(row, "invitation_expires_at"),
        Locale.forLanguageTag(string(row, "language")), Sql.instant(row, "created_at"));
    return new Entry(message, earlierAttempts);
  }

  @Override
  public List<Entry> claim(int max, Instant now, Duration lease) {
    return table.claim(max, now, lease);
  }

  @Override
  public boolean delivered(Entry claimed, Instant at) {
    return table.delivered(claimed.message().id(), claimed.attempts(), at);
  }

  @Override
  public boolean dropped(Entry claimed, Instant at) {
    return table.dropped(claimed.message().id(), claimed.attempts(), at);
  }

  @Override
  public boolean failed(Entry claimed, Instant retryAt, String error) {
    return table.failed(claimed.message().id(), claimed.attempts(), retryAt, error);
  }

  @Override
  public boolean parked(Entry claimed, Instant at, String error) {
    return table.parked(claimed.message().id(), claimed.attempts(), at, error);
  }

  @Override
  public long parkedCount() {
    return table.parkedCount();
  }

  @Override
  public long backlog() {
    return table.backlog();
  }
}
