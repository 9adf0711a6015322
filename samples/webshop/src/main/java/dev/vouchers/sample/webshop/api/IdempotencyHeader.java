// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.IdempotencyKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * G-3: the {@code Idempotency-Key} request header of the creating and sending POST endpoints
 * (an order, an activation link, an invitation, a subscription, a reseller application), as in
 * Stripe's API and the IETF draft {@code draft-ietf-httpapi-idempotency-key-header}: a client
 * that sends a request again with the same key (after a timeout, a lost answer, a double click)
 * gets the first answer and nothing is done twice. The same key with another body is 422
 * ({@code idempotency-key-reused}); a key whose first request is still running is 409
 * ({@code idempotency-key-in-use}), retry. Keys belong to the caller ({@code X-Demo-User}).
 */
final class IdempotencyHeader {
  /** The header's name. */
  static final String NAME = "Idempotency-Key";
  /** The longest key accepted (Stripe's limit). */
  static final int MAX_LENGTH = 255;

  private IdempotencyHeader() {}

  /**
   * The key the header gives, if any.
   *
   * @throws org.springframework.web.ErrorResponseException 400 for a blank or over-long key
   */
  static Optional<IdempotencyKey> of(@Nullable String header) {
    if (header == null) {
      return Optional.empty();
    }
    if (header.isBlank() || header.length() > MAX_LENGTH) {
      throw Problems.malformed(NAME + " must be 1.." + MAX_LENGTH + " characters, not blank");
    }
    return Optional.of(IdempotencyKey.of(header));
  }
}
