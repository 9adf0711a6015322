package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.domain.EmailAddress;
import dev.vouchers.core.domain.MessageId;
import dev.vouchers.core.domain.PartnerId;
import dev.vouchers.core.domain.code.SealedSecret;
import dev.vouchers.core.domain.subaccount.InvitationId;
import dev.vouchers.core.domain.subaccount.InvitationMessage;
import dev.vouchers.core.domain.subaccount.SubAccountType;
import dev.vouchers.core.port.out.InvitationOutbox;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@link InvitationOutbox} over JDBC (I-1): table {@code vouchers_invitation_outbox}, written
 * by {@link JdbcInvitations} in the transaction that stores the invitation, claimed with a
 * lease exactly like {@link JdbcOutbox}. Marking a message delivered erases its sealed token.
 */
final class JdbcInvitationOutbox implements InvitationOutbox {
  static final String INSERT = "INSERT INTO vouchers_invitation_outbox (id, invitation_id,"
      + " partner_id, partner_name, recipient, sub_account_type, custom_message, token_sealed,"
      + " invitation_expires_at, language, created_at, due_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String READ_COLUMNS = "o.id, o.seq, o.invitation_id, o.partner_id,"
      + " o.partner_name, o.recipient, o.sub_account_type, o.custom_message, o.token_sealed,"
      + " o.invitation_expires_at, o.language, o.created_at, o.attempts";
  static final String CLAIM_POSTGRESQL = "WITH due AS (SELECT id FROM vouchers_invitation_outbox"
      + " WHERE delivered_at IS NULL AND due_at <= ? ORDER BY seq LIMIT ?"
      + " FOR UPDATE SKIP LOCKED)"
      + " UPDATE vouchers_invitation_outbox o SET due_at = ?, attempts = o.attempts + 1"
      + " FROM due WHERE o.id = due.id RETURNING " + READ_COLUMNS;
  static final String CANDIDATES_H2 = "SELECT id FROM vouchers_invitation_outbox"
      + " WHERE delivered_at IS NULL AND due_at <= ? ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";
  static final String CLAIM_ONE_H2 = "UPDATE vouchers_invitation_outbox SET due_at = ?,"
      + " attempts = attempts + 1 WHERE id = ? AND delivered_at IS NULL AND due_at <= ?";
  static final String READ_H2 = "SELECT " + READ_COLUMNS + " FROM vouchers_invitation_outbox o"
      + " WHERE o.id = ?";
  /** Fenced by the claim; the token is no longer needed once the e-mail went out. */
  static final String DELIVERED = "UPDATE vouchers_invitation_outbox SET delivered_at = ?,"
      + " token_sealed = NULL WHERE id = ? AND attempts = ? AND delivered_at IS NULL";
  static final String FAILED = "UPDATE vouchers_invitation_outbox SET due_at = ?,"
      + " last_error = ? WHERE id = ? AND attempts = ? AND delivered_at IS NULL";
  static final String BACKLOG =
      "SELECT COUNT(*) FROM vouchers_invitation_outbox WHERE delivered_at IS NULL";
  private static final int MAX_ERROR = 2_000;

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcInvitationOutbox(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
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

  private record Claimed(long seq, Entry entry) {}

  private static Claimed claimed(ResultSet row) throws SQLException {
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
    // attempts counts this claim already; the entry reports the earlier ones
    return new Claimed(row.getLong("seq"), new Entry(message, row.getInt("attempts") - 1));
  }

  @Override
  public List<Entry> claim(int max, Instant now, Duration lease) {
    if (max < 1) {
      throw new IllegalArgumentException("claim at least one message, not " + max);
    }
    Instant until = now.plus(lease);
    List<Claimed> claimed = transactions.inTransaction("claim invitation messages",
        connection -> {
          if (dialect == Dialect.POSTGRESQL) {
            return Sql.list(connection, CLAIM_POSTGRESQL, s -> {
              Sql.setInstant(s, 1, now);
              s.setInt(2, max);
              Sql.setInstant(s, 3, until);
            }, JdbcInvitationOutbox::claimed);
          }
          List<String> candidates = Sql.list(connection, CANDIDATES_H2, s -> {
            Sql.setInstant(s, 1, now);
            s.setInt(2, max);
          }, row -> row.getString(1));
          List<Claimed> rows = new ArrayList<>();
          for (String id : candidates) {
            // a concurrent relay may have claimed it meanwhile: the condition is checked again
            int changed = Sql.update(connection, CLAIM_ONE_H2, s -> {
              Sql.setInstant(s, 1, until);
              s.setString(2, id);
              Sql.setInstant(s, 3, now);
            });
            if (changed == 1) {
              rows.addAll(Sql.list(connection, READ_H2, s -> s.setString(1, id),
                  JdbcInvitationOutbox::claimed));
            }
          }
          return rows;
        });
    return claimed.stream().sorted(Comparator.comparingLong(Claimed::seq))
        .map(Claimed::entry).toList();
  }

  @Override
  public boolean delivered(Entry claimed, Instant at) {
    MessageId id = claimed.message().id();
    return transactions.inAutoCommit("mark invitation message " + id + " delivered",
        connection -> Sql.update(connection, DELIVERED, s -> {
          Sql.setInstant(s, 1, at);
          s.setString(2, id.value());
          s.setInt(3, claimed.attempts() + 1);
        })) == 1;
  }

  @Override
  public boolean failed(Entry claimed, Instant retryAt, String error) {
    MessageId id = claimed.message().id();
    String kept = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    return transactions.inAutoCommit("mark invitation message " + id + " failed",
        connection -> Sql.update(connection, FAILED, s -> {
          Sql.setInstant(s, 1, retryAt);
          s.setString(2, kept);
          s.setString(3, id.value());
          s.setInt(4, claimed.attempts() + 1);
        })) == 1;
  }

  @Override
  public long backlog() {
    return transactions.inAutoCommit("count the invitation outbox backlog", connection ->
        Sql.one(connection, BACKLOG, s -> { }, row -> row.getLong(1)).orElse(0L));
  }
}
