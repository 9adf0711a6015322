// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.net.URI;
import java.util.Objects;

/**
 * S-2: published by the outbox relay when the shop has no {@code JavaMailSender}: the shop's
 * listener delivers the activation message its own way. The message counts as delivered when
 * every listener returned normally; a listener that throws makes the relay retry it later with
 * backoff, so listeners must de-duplicate by {@code message().id()}.
 *
 * @param message the message claimed from the outbox
 * @param link the redemption link (C-6)
 */
public record ActivationMessageEvent(ActivationMessage message, URI link) {
  /** Both parts required. */
  public ActivationMessageEvent {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(link, "link");
  }
}
