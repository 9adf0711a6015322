// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.EmailAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * S-2: to whom the activation link was sent, with the partner's personal message.
 *
 * @param recipient e-mail address
 * @param message personal message, may be empty
 * @param sentAt when the link was (last) sent
 */
public record Assignment(EmailAddress recipient, String message, Instant sentAt) {
  /** All parts required. */
  public Assignment {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
