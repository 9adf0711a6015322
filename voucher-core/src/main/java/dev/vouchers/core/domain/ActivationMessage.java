package dev.vouchers.core.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * S-2: the e-mail that goes out when an activation link is sent: written to the outbox in the
 * same atomic step as the voucher's move to ASSIGNED, delivered afterwards, exactly once per
 * message id (receivers de-duplicate by {@link #id()}).
 *
 * @param id stable message id
 * @param voucher the voucher
 * @param partner the sending partner
 * @param partnerName the partner's display name
 * @param recipient to whom
 * @param personalMessage the partner's personal message
 * @param redemptionUrl the link the customer follows (C-6)
 * @param productName the product's name
 * @param expiresAt when the voucher expires
 * @param language the partner's language
 * @param createdAt when the message was written
 */
public record ActivationMessage(
    MessageId id,
    VoucherId voucher,
    PartnerId partner,
    String partnerName,
    EmailAddress recipient,
    String personalMessage,
    URI redemptionUrl,
    String productName,
    Instant expiresAt,
    Locale language,
    Instant createdAt) {

  /** Every part required. */
  public ActivationMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(voucher, "voucher");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(personalMessage, "personalMessage");
    Objects.requireNonNull(redemptionUrl, "redemptionUrl");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    // the URL carries the code: keep it out of logs
    return "ActivationMessage[" + id + " voucher=" + voucher + " to=" + recipient + "]";
  }
}
