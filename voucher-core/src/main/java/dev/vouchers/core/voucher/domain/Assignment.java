// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * S-2: to whom the activation link was sent, with the partner's personal message.
 *
 * @param recipient e-mail address
 * @param message personal message, may be empty
 * @param sentAt when the link was (last) sent
 * @param link G-2: the keyed digest of the current link's {@link LinkToken}; a resend replaces
 *     it and a withdrawal drops the assignment, so an earlier link finds nothing (ADR 0046).
 *     Empty for an assignment made without a link token (before G-2)
 */
public record Assignment(EmailAddress recipient, String message, Instant sentAt,
    Optional<CodeDigest> link) {
  /** All parts required. */
  public Assignment {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(link, "link");
  }

  /** An assignment without a link token. */
  public Assignment(EmailAddress recipient, String message, Instant sentAt) {
    this(recipient, message, sentAt, Optional.empty());
  }
}
