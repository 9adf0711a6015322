// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OutboxMessage;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.SealedSecret;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * S-2: the e-mail that goes out when an activation link is sent: written to the outbox in the
 * same atomic step as the voucher's move to ASSIGNED, delivered afterwards, exactly once per
 * message id (receivers de-duplicate by {@link #id()}). M-4: it names the voucher's order by its
 * short number.
 *
 * @param id stable message id
 * @param voucher the voucher
 * @param partner the sending partner
 * @param partnerName the partner's display name
 * @param recipient to whom
 * @param personalMessage the partner's personal message
 * @param code the voucher's code as stored (C-5: the outbox never holds a plaintext code; the
 *     relay opens it to build the link, see {@code VoucherProgramme#redemptionUrl})
 * @param redemptionPage the redemption page the link points to (C-6)
 * @param productName the product's name
 * @param expiresAt when the voucher expires
 * @param language the partner's language
 * @param createdAt when the message was written
 * @param link G-2: the link's {@link LinkToken}, sealed with the message id as associated data
 *     ({@link #sealedWith}); the relay opens it to build the link, so the outbox holds no usable
 *     token. Empty for a message written before G-2 (its link carries the code)
 * @param orderNumber M-4: the voucher's order's short number for people, grouped as
 *     {@code 123 456 789} (like {@code PrintableVoucher#orderNumber}); empty for a message
 *     written before M-4 named the order. Not personal data: an erasure (E-1) keeps it
 */
public record ActivationMessage(
    MessageId id,
    VoucherId voucher,
    PartnerId partner,
    String partnerName,
    EmailAddress recipient,
    String personalMessage,
    StoredCode code,
    URI redemptionPage,
    String productName,
    Instant expiresAt,
    Locale language,
    Instant createdAt,
    Optional<SealedSecret> link,
    String orderNumber) implements OutboxMessage {

  /** M-4: an order number as {@code OrderNumber.grouped()} shows it: nine digits, no leading 0. */
  private static final Pattern GROUPED = Pattern.compile("[1-9][0-9]{2} [0-9]{3} [0-9]{3}");

  /** Every part required; the order number grouped or empty. */
  public ActivationMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(voucher, "voucher");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(personalMessage, "personalMessage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(redemptionPage, "redemptionPage");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(orderNumber, "orderNumber");
    if (!orderNumber.isEmpty() && !GROUPED.matcher(orderNumber).matches()) {
      throw new IllegalArgumentException("an order number is nine digits grouped as"
          + " 123 456 789, or empty; got " + orderNumber);
    }
  }

  /**
   * A message that does not name its order (written before M-4 did).
   *
   * @param id stable message id
   * @param voucher the voucher
   * @param partner the sending partner
   * @param partnerName the partner's display name
   * @param recipient to whom
   * @param personalMessage the partner's personal message
   * @param code the voucher's code as stored
   * @param redemptionPage the redemption page the link points to (C-6)
   * @param productName the product's name
   * @param expiresAt when the voucher expires
   * @param language the partner's language
   * @param createdAt when the message was written
   * @param link G-2: the link's sealed token, if any
   */
  public ActivationMessage(MessageId id, VoucherId voucher, PartnerId partner,
      String partnerName, EmailAddress recipient, String personalMessage, StoredCode code,
      URI redemptionPage, String productName, Instant expiresAt, Locale language,
      Instant createdAt, Optional<SealedSecret> link) {
    this(id, voucher, partner, partnerName, recipient, personalMessage, code, redemptionPage,
        productName, expiresAt, language, createdAt, link, "");
  }

  /** A message without a link token, whose link carries the code (before G-2). */
  public ActivationMessage(MessageId id, VoucherId voucher, PartnerId partner,
      String partnerName, EmailAddress recipient, String personalMessage, StoredCode code,
      URI redemptionPage, String productName, Instant expiresAt, Locale language,
      Instant createdAt) {
    this(id, voucher, partner, partnerName, recipient, personalMessage, code, redemptionPage,
        productName, expiresAt, language, createdAt, Optional.empty(), "");
  }

  /** G-2: the associated data a message's link token is sealed with: its message id. */
  public static byte[] sealedWith(MessageId id) {
    return ("activation-message:" + id.value()).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ActivationMessage[" + id + " voucher=" + voucher + " to=" + recipient + "]";
  }
}
