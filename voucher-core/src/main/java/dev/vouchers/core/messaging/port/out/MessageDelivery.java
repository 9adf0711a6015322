// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.kernel.OutboxMessage;
import java.net.URI;

/**
 * S-2, I-1: sends one message (an activation or an invitation e-mail, or hands it to whatever
 * sends e-mail), for the relay that delivers an {@link Outbox} of that kind.
 *
 * <p>Delivery is at least once: a message is marked delivered only after {@link #deliver}
 * returned normally, so a relay that dies (or whose lease runs out) between the send and the
 * mark sends it again. The receiver de-duplicates by {@link OutboxMessage#id()} (e.g. as the
 * e-mail's Message-ID or an idempotency key of the mail service).
 *
 * @param <M> the kind of message
 */
@FunctionalInterface
public interface MessageDelivery<M extends OutboxMessage> {

  /**
   * Sends the message.
   *
   * @param message the message claimed from the outbox
   * @param link the link the e-mail carries ({@link MessageLinks#link}): a redemption link
   *     (C-6: with the code when codes are retrievable) or an invitation link; whoever holds
   *     it may use it, so do not log it
   * @throws PermanentDeliveryFailure when it can never be sent (refused address, permanent
   *     mail server error); the relay parks it without retrying
   * @throws Exception when it was not sent this time; the relay marks it failed and retries it
   *     later, and parks it once it has failed the relay's maximum number of attempts
   */
  void deliver(M message, URI link) throws Exception;
}
