// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.messaging.port.out.EventOutbox.ParkedEvent;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * M-5: the events that could not be delivered and are no longer tried (parked), oldest first,
 * with their last error, for the vendor's staff ({@code PARTNER_MANAGER}, {@code SUPPORT}) and
 * the operator (a service). A parked event holds back the later events of its aggregate until
 * it is retried ({@link RetryParkedEvent}).
 */
@FunctionalInterface
public interface ListParkedEvents {

  /** The largest page. */
  int MAX_LIMIT = 500;

  /**
   * Runs the use case.
   *
   * @return a page of parked events, or a refusal: not permitted, or a limit outside
   *     1..{@value #MAX_LIMIT}
   */
  Either<Refusal, List<ParkedEvent>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param after the sequence of the last event of the previous page, or empty
   * @param limit the most to return, 1..{@value #MAX_LIMIT}
   */
  record Command(Actor principal, Optional<Long> after, int limit) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(after, "after");
    }
  }
}
