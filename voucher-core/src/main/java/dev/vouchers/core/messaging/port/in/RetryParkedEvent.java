// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * M-5: makes a parked event due again, its attempts counted from zero (after the receiver was
 * fixed), for the vendor's staff and the operator, as {@link ListParkedEvents}. The relay
 * delivers it, and then the events of its aggregate it held back, in order.
 */
@FunctionalInterface
public interface RetryParkedEvent {

  /**
   * Runs the use case.
   *
   * @return the event's id, or a refusal: not permitted, or no parked event with that id
   */
  Either<Refusal, String> retry(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param eventId the event's id as shown in the list (a UUID)
   */
  record Command(Actor principal, String eventId) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(eventId, "eventId");
    }
  }
}
