// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.SealedSecret;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Outbox} over JDBC (S-2): table {@code vouchers_outbox}. Rows are written by
 * {@link JdbcVouchers#update} in the transaction of the move, and claimed with a lease, marked
 * and counted by {@link OutboxTable}.
 */
final class JdbcOutbox implements Outbox {
  /** The columns an outbox row is written with; {@link #bindMessage} binds them in order. */
  static final String COLUMNS = "id, voucher_id, partner_id, partner_name, recipient,"
      + " personal_message, code_digest, code_last_four, code_sealed, redemption_page,"
      + " product_name, voucher_expires_at, language, created_at, due_at, link_sealed, code_key,"
      + " order_number";
  static final String MARKS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
  static final String INSERT = "INSERT INTO vouchers_outbox (" + COLUMNS + ") VALUES (" + MARKS
      + ")";
  /** What {@link #entry} reads of a claimed row. */
  private static final List<String> MESSAGE_COLUMNS = List.of("voucher_id", "partner_id",
      "partner_name", "recipient", "personal_message", "code_digest", "code_last_four",
      "code_sealed", "redemption_page", "product_name", "voucher_expires_at", "language",
      "created_at", "link_sealed", "code_key", "order_number");
  /** G-2: a message that ended needs its sealed link token no more. */
  private static final List<String> ERASED_ON_DELIVERY = List.of("link_sealed");

  private final OutboxTable<OutboxEntry> table;

  JdbcOutbox(Transactions transactions, Dialect dialect) {
    this.table = new OutboxTable<>(transactions, dialect, "vouchers_outbox", "outbox",
        MESSAGE_COLUMNS, ERASED_ON_DELIVERY, JdbcOutbox::entry);
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
    s.setBytes(i++, m.link().map(SealedSecret::bytes).orElse(null));
    s.setString(i++, m.code().keyId());
    // M-4: the order's number as a number; NULL when the message names none
    Optional<OrderNumber> number = OrderNumber.parse(m.orderNumber());
    if (number.isPresent()) {
      s.setLong(i++, number.get().value());
    } else {
      s.setNull(i++, Types.BIGINT);
    }
    return i;
  }

  private static OutboxEntry entry(ResultSet row, int earlierAttempts) throws SQLException {
    ActivationMessage message = new ActivationMessage(MessageId.of(Sql.string(row, "id")),
        VoucherId.of(Sql.string(row, "voucher_id")), new PartnerId(Sql.string(row, "partner_id")),
        Sql.string(row, "partner_name"), new EmailAddress(Sql.string(row, "recipient")),
        Sql.string(row, "personal_message"),
        StoredCode.of(CodeDigest.of(row.getBytes("code_digest")),
            Sql.string(row, "code_last_four"), Optional.ofNullable(row.getBytes("code_sealed")),
            Sql.string(row, "code_key")),
        URI.create(Sql.string(row, "redemption_page")), Sql.string(row, "product_name"),
        Sql.instant(row, "voucher_expires_at"),
        Locale.forLanguageTag(Sql.string(row, "language")), Sql.instant(row, "created_at"),
        Optional.ofNullable(row.getBytes("link_sealed")).map(SealedSecret::of),
        orderNumber(row));
    return new OutboxEntry(message, earlierAttempts);
  }

  /** M-4: the message's order number, grouped; empty for a message written before it had one. */
  private static String orderNumber(ResultSet row) throws SQLException {
    long number = row.getLong("order_number");
    return row.wasNull() ? "" : new OrderNumber(number).grouped();
  }

  @Override
  public List<OutboxEntry> claim(int max, Instant now, Duration lease) {
    return table.claim(max, now, lease);
  }

  @Override
  public boolean delivered(OutboxEntry claimed, Instant at) {
    return table.delivered(claimed.message().id(), claimed.attempts(), at);
  }

  @Override
  public boolean dropped(OutboxEntry claimed, Instant at) {
    return table.dropped(claimed.message().id(), claimed.attempts(), at);
  }

  @Override
  public boolean failed(OutboxEntry claimed, Instant retryAt, String error) {
    return table.failed(claimed.message().id(), claimed.attempts(), retryAt, error);
  }

  @Override
  public boolean parked(OutboxEntry claimed, Instant at, String error) {
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

  @Override
  public Optional<Instant> oldestUndelivered() {
    return table.oldestUndelivered();
  }
}
