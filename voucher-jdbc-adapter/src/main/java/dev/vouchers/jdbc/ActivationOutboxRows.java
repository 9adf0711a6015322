// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.SealedSecret;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * S-2: the activation e-mails' rows of table {@code vouchers_outbox}: written by
 * {@link VoucherMoves} in the transaction of the move, read back as messages by the
 * {@link JdbcOutbox} that claims, marks and counts them ({@link #outbox}).
 */
final class ActivationOutboxRows {
  /** The columns an outbox row is written with; {@link #bindMessage} binds them in order. */
  static final String COLUMNS = "id, voucher_id, partner_id, partner_name, recipient,"
      + " personal_message, code_digest, code_last_four, code_sealed, redemption_page,"
      + " product_name, voucher_expires_at, language, created_at, due_at, link_sealed, code_key,"
      + " order_number";
  static final String MARKS = Sql.marksFor(COLUMNS);
  static final String INSERT = """
      INSERT INTO vouchers_outbox (%s) VALUES (%s)""".formatted(COLUMNS, MARKS);
  /** What {@link #message} reads of a claimed row. */
  private static final List<String> MESSAGE_COLUMNS = List.of("voucher_id", "partner_id",
      "partner_name", "recipient", "personal_message", "code_digest", "code_last_four",
      "code_sealed", "redemption_page", "product_name", "voucher_expires_at", "language",
      "created_at", "link_sealed", "code_key", "order_number");
  /** G-2: a message that ended needs its sealed link token no more. */
  private static final List<String> ERASED_ON_DELIVERY = List.of("link_sealed");

  private ActivationOutboxRows() {}

  /** The activation e-mails' outbox. */
  static JdbcOutbox<ActivationMessage> outbox(Transactions transactions, Dialect dialect) {
    return new JdbcOutbox<>(transactions, dialect, "vouchers_outbox", "outbox",
        MESSAGE_COLUMNS, ERASED_ON_DELIVERY, ActivationOutboxRows::message);
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

  private static ActivationMessage message(ResultSet row) throws SQLException {
    return new ActivationMessage(MessageId.of(Sql.string(row, "id")),
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
  }

  /** M-4: the message's order number, grouped; empty for a message written before it had one. */
  private static String orderNumber(ResultSet row) throws SQLException {
    long number = row.getLong("order_number");
    return row.wasNull() ? "" : new OrderNumber(number).grouped();
  }
}
