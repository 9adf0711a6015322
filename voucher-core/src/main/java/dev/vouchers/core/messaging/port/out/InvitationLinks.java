// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.subaccount.domain.InvitationMessage;
import java.net.URI;
import java.time.Clock;

/**
 * I-1, I-2: what the invitation relay asks of the programme whose e-mails it delivers: the link
 * each e-mail carries and whether it is still worth sending. The relay depends on this, not on
 * the programme; {@code VoucherProgramme} implements it.
 */
public interface InvitationLinks {

  /**
   * I-1: the link the e-mail carries, with the token opened from the message.
   *
   * @param message a message claimed from the invitation outbox
   * @return the link to put in the e-mail
   */
  URI invitationUrl(InvitationMessage message);

  /**
   * I-2: whether the invitation is pending and the message carries its current token.
   *
   * @param message a message claimed from the invitation outbox
   * @return false when its link no longer works
   */
  boolean invitationCurrent(InvitationMessage message);

  /** The clock the relay reads (the programme's). */
  Clock clock();
}
