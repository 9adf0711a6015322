// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.net.URI;

/**
 * S-2: sends one activation e-mail (or hands it to whatever sends e-mail), for the relay that
 * delivers the {@link Outbox}.
 *
 * <p>Delivery is at least once: a message is marked delivered only after {@link #deliver}
 * returned normally, so a relay that dies (or whose lease runs out) between the send and the
 * mark sends it again. The receiver de-duplicates by {@link ActivationMessage#id()} (e.g. as
 * the e-mail's Message-ID or an idempotency key of the mail service).
 */
@FunctionalInterface
public interface MessageDelivery {

  /**
   * Sends the message.
   *
   * @param message the message claimed from the outbox
   * @param link the link the e-mail carries (C-6: with the code when codes are retrievable);
   *     it may hold a plaintext code, so do not log it
   * @throws PermanentDeliveryFailure when it can never be sent (refused address, permanent
   *     mail server error); the relay parks it without retrying
   * @throws Exception when it was not sent this time; the relay marks it failed and retries it
   *     later, and parks it once it has failed the relay's maximum number of attempts
   */
  void deliver(ActivationMessage message, URI link) throws Exception;
}
