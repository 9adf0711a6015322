package dev.vouchers.jdbc;

import dev.vouchers.core.domain.ActivationMessage;
import dev.vouchers.core.domain.EmailAddress;
import dev.vouchers.core.domain.MessageId;
import dev.vouchers.core.domain.PartnerId;
import dev.vouchers.core.domain.VoucherId;
import dev.vouchers.core.domain.code.CodeDigest;
import dev.vouchers.core.domain.code.StoredCode;
import dev.vouchers.core.port.out.Outbox;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Outbox} over JDBC (S-2). Rows are written by {@link JdbcVouchers#update} in the
 * transaction of the move. A claim is a lease: it moves {@code due_at} to the end of the lease
 * and counts the attempt, so a message not marked in time is claimable again. On PostgreSQL a
 * claim is one statement that skips rows another relay holds ({@code FOR UPDATE SKIP LOCKED});
 * on H2 the candidates are locked the same way and each is then claimed conditionally.
 */
final class JdbcOutbox implements Outbox {
  /** The columns an outbox row is written with; {@link #bindMessage} binds them in order. */
  static final String COLUMNS = "id, voucher_id, partner_id, partner_name, recipient,"
      + " personal_message, code_digest, code_last_four, code_sealed, redemption_page,"
      + " product_name, voucher_expires_at, language, created_at, due_at";
  static final String MARKS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
  static final String INSERT = "INSERT INTO vouchers_outbox (" + COLUMNS + ") VALUES (" + MARKS
      + ")";
  private static final String READ_COLUMNS = "o.id, o.seq, o.voucher_id, o.partner_id,"
      + " o.partner_name, o.recipient, o.personal_message, o.code_digest, o.code_last_four,"
      + " o.code_sealed, o.redemption_page, o.product_name, o.voucher_expires_at, o.language,"
      + " o.created_at, o.attempts";
  static final String CLAIM_POSTGRESQL = "WITH due AS (SELECT id FROM vouchers_outbox"
      + " WHERE delivered_at IS NULL AND due_at <= ? ORDER BY seq LIMIT ?"
      + " FOR UPDATE SKIP LOCKED)"
      + " UPDATE vouchers_outbox o SET due_at = ?, attempts = o.attempts + 1 FROM due"
      + " WHERE o.id = due.id RETURNING " + READ_COLUMNS;
  static final String CANDIDATES_H2 = "SELECT id FROM vouchers_outbox"
      + " WHERE delivered_at IS NULL AND due_at <= ? ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";
  static final String CLAIM_ONE_H2 = "UPDATE vouchers_outbox SET due_at = ?,"
      + " attempts = attempts + 1 WHERE id = ? AND delivered_at IS NULL AND due_at <= ?";
  static final String READ_H2 = "SELECT " + READ_COLUMNS + " FROM vouchers_outbox o"
      + " WHERE o.id = ?";
  /** Fenced by the claim: {@code attempts} is the claim's number until the next claim. */
  static final String DELIVERED = "UPDATE vouchers_outbox SET delivered_at = ?"
      + " WHERE id = ? AND attempts = ? AND delivered_at IS NULL";
  static final String FAILED = "UPDATE vouchers_outbox SET due_at = ?, last_error = ?"
      + " WHERE id = ? AND attempts = ? AND delivered_at IS NULL";
  static final String BACKLOG = "SELECT COUNT(*) FROM vouchers_outbox WHERE delivered_at IS NULL";
  static final String OLDEST =
      "SELECT MIN(created_at) AS oldest FROM vouchers_outbox WHERE delivered_at IS NULL";
  private static final int MAX_ERROR = 2_000;

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcOutbox(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  /** Binds the {@link #COLUMNS} from {@code first} on; the next index. */
  static int bindMessage(PreparedStatement s, int first, ActivationMessage m) throws SQLException {
    int i = first;
    s.setString(i++, m.id().value());
    s.setString(i++, m.voucher().value());
    s.setString(i++, m.partner().value());
    s.setString(i++, m.partnerName());
    s.setString(i++, m.recipient().value());
    s.setString(i++, m.personalMessage());
    s.setBytes(i++, m.code().digest().bytes());
    s.setString(i++, m.code().lastFour());
    s.setBytes(i++, m.code().sealed().orElse(null));
    s.setString(i++, m.redemptionPage().toString());
    s.setString(i++, m.productName());
    Sql.setInstant(s, i++, m.expiresAt());
    s.setString(i++, m.language().toLanguageTag());
    Sql.setInstant(s, i++, m.createdAt());
    Sql.setInstant(s, i++, m.createdAt());
    return i;
  }

  private record Claimed(long seq, OutboxEntry entry) {}

  private static Claimed claimed(ResultSet row) throws SQLException {
    ActivationMessage message = new ActivationMessage(MessageId.of(Sql.string(row, "id")),
        VoucherId.of(Sql.string(row, "voucher_id")), new PartnerId(Sql.string(row, "partner_id")),
        Sql.string(row, "partner_name"), new EmailAddress(Sql.string(row, "recipient")),
        Sql.string(row, "personal_message"),
        StoredCode.of(CodeDigest.of(row.getBytes("code_digest")),
            Sql.string(row, "code_last_four"), Optional.ofNullable(row.getBytes("code_sealed"))),
        URI.create(Sql.string(row, "redemption_page")), Sql.string(row, "product_name"),
        Sql.instant(row, "voucher_expires_at"),
        Locale.forLanguageTag(Sql.string(row, "language")), Sql.instant(row, "created_at"));
    // attempts counts this claim already; the entry reports the earlier ones
    return new Claimed(row.getLong("seq"), new OutboxEntry(message, row.getInt("attempts") - 1));
  }

  @Override
  public List<OutboxEntry> claim(int max, Instant now, Duration lease) {
    if (max < 1) {
      throw new IllegalArgumentException("claim at least one message, not " + max);
    }
    Instant until = now.plus(lease);
    List<Claimed> claimed = transactions.inTransaction("claim outbox messages", connection -> {
      if (dialect == Dialect.POSTGRESQL) {
        return Sql.list(connection, CLAIM_POSTGRESQL, s -> {
          Sql.setInstant(s, 1, now);
          s.setInt(2, max);
          Sql.setInstant(s, 3, until);
        }, JdbcOutbox::claimed);
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
          rows.addAll(Sql.list(connection, READ_H2, s -> s.setString(1, id), JdbcOutbox::claimed));
        }
      }
      return rows;
    });
    return claimed.stream().sorted(Comparator.comparingLong(Claimed::seq))
        .map(Claimed::entry).toList();
  }

  @Override
  public boolean delivered(OutboxEntry claimed, Instant at) {
    MessageId id = claimed.message().id();
    return transactions.inAutoCommit("mark message " + id + " delivered", connection ->
        Sql.update(connection, DELIVERED, s -> {
          Sql.setInstant(s, 1, at);
          s.setString(2, id.value());
          s.setInt(3, claimed.attempts() + 1);
        })) == 1;
  }

  @Override
  public boolean failed(OutboxEntry claimed, Instant retryAt, String error) {
    MessageId id = claimed.message().id();
    String kept = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    return transactions.inAutoCommit("mark message " + id + " failed", connection ->
        Sql.update(connection, FAILED, s -> {
          Sql.setInstant(s, 1, retryAt);
          s.setString(2, kept);
          s.setString(3, id.value());
          s.setInt(4, claimed.attempts() + 1);
        })) == 1;
  }

  @Override
  public long backlog() {
    return transactions.inAutoCommit("count the outbox backlog", connection ->
        Sql.one(connection, BACKLOG, s -> { }, row -> row.getLong(1)).orElse(0L));
  }

  @Override
  public Optional<Instant> oldestUndelivered() {
    return transactions.inAutoCommit("read the age of the outbox backlog", connection ->
        Sql.one(connection, OLDEST, s -> { }, row -> Sql.optionalInstant(row, "oldest"))
            .flatMap(oldest -> oldest));
  }
}
