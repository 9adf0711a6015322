// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.code.StoredCode;
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
 * @param code the voucher's code as stored (C-5: the outbox never holds a plaintext code; the
 *     relay opens it to build the link, see {@code VoucherProgramme#redemptionUrl})
 * @param redemptionPage the redemption page the link points to (C-6)
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
    StoredCode code,
    URI redemptionPage,
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
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(redemptionPage, "redemptionPage");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    return "ActivationMessage[" + id + " voucher=" + voucher + " to=" + recipient + "]";
  }
}
