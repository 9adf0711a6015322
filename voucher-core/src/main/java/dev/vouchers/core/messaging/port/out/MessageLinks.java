// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.kernel.OutboxMessage;
import java.net.URI;
import java.time.Clock;

/**
 * S-2, G-2, I-1, I-2: what a relay asks of the programme whose messages it delivers: the link
 * each message carries and whether it is still worth sending. The relay depends on this, not
 * on the programme; {@code VoucherProgramme} hands out one per kind of message
 * ({@code activationLinks()}, {@code invitationLinks()}).
 *
 * @param <M> the kind of message
 */
public interface MessageLinks<M extends OutboxMessage> {

  /**
   * S-1, I-1: the link the message carries (opened from what the outbox holds sealed).
   *
   * @param message a message claimed from the outbox
   * @return the link to put in the e-mail; whoever holds it may use it, so it is never logged
   */
  URI link(M message);

  /**
   * G-2, I-2: whether the message is still the current one: not overtaken by a later send, a
   * withdrawal, a cancellation or the expiry, after which its link would be dead or wrong.
   *
   * @param message a message claimed from the outbox
   * @return false when the message was overtaken and must not be sent
   */
  boolean current(M message);

  /** The clock the relay reads (the programme's). */
  Clock clock();

  /**
   * How the relay's log names a message of this kind, e.g. {@code "activation message"}.
   *
   * @return a short lower-case noun
   */
  String kind();

  /**
   * What the link is replaced with in a stored or logged error, e.g.
   * {@code "<redemption link>"}: whoever holds the link may use it.
   *
   * @return the placeholder
   */
  String maskedLink();
}
