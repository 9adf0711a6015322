// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.net.URI;
import java.time.Clock;

/**
 * S-2, G-2: what the activation relay asks of the programme whose e-mails it delivers: the link
 * each e-mail carries and whether it is still worth sending. The relay depends on this, not on
 * the programme; {@code VoucherProgramme} implements it.
 */
public interface ActivationLinks {

  /**
   * S-1, G-2: the link the e-mail carries.
   *
   * @param message a message claimed from the outbox
   * @return the redemption link to put in the e-mail
   */
  URI redemptionUrl(ActivationMessage message);

  /**
   * G-2: whether the message is still the current one of its voucher's assignment.
   *
   * @param message a message claimed from the outbox
   * @return false when the message was overtaken and must not be sent
   */
  boolean activationCurrent(ActivationMessage message);

  /** The clock the relay reads (the programme's). */
  Clock clock();
}
