// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.subaccount.domain.InvitationMessage;
import java.net.URI;

/**
 * I-1: sends one invitation e-mail (or hands it to whatever sends e-mail), for the relay that
 * delivers the {@link InvitationOutbox}. Delivery is at least once: the receiver de-duplicates
 * by {@link InvitationMessage#id()}.
 */
@FunctionalInterface
public interface InvitationDelivery {

  /**
   * Sends the message.
   *
   * @param message the message claimed from the outbox
   * @param link the invitation link, {@code <base>/invitations/<token>}: whoever holds it may
   *     accept the invitation, so do not log it
   * @throws PermanentDeliveryFailure when it can never be sent (refused address, permanent
   *     mail server error); the relay parks it without retrying
   * @throws Exception when it was not sent this time; the relay marks it failed and retries it
   *     later, and parks it once it has failed the relay's maximum number of attempts
   */
  void deliver(InvitationMessage message, URI link) throws Exception;
}
