// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

/**
 * S-2, I-1: a message that can never be delivered as it is (the recipient's address is refused,
 * the mail server answered with a permanent error, the webhook receiver refused it for good).
 * Thrown by a {@link MessageDelivery} or an {@link EventDelivery}, it makes the relay park the
 * message at once instead of retrying it: a parked message is never claimed again and is
 * counted by {@link Outbox#parkedCount()} for metrics, health checks and staff.
 *
 * <p>Any other exception is a transient failure: the message is retried with backoff, and
 * parked only once it has failed the relay's maximum number of attempts.
 */
public class PermanentDeliveryFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * A permanent failure.
   *
   * @param message why it can never be delivered; stored with the parked message, so it must
   *     not hold the message's link
   */
  public PermanentDeliveryFailure(String message) {
    super(message);
  }

  /**
   * A permanent failure with its cause.
   *
   * @param message why it can never be delivered (stored: no link in it)
   * @param cause what the mail stack threw
   */
  public PermanentDeliveryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
