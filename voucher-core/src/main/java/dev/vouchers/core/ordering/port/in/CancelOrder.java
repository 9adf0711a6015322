// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-6: cancels a whole order: every voucher CANCELLED, the full amount refunded; or a refusal listing every reason.
 */
@FunctionalInterface
public interface CancelOrder {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, OrderCancellation> cancel(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param order the order
   * @param why the reason, for the history
   */
  record Command(Actor principal, OrderId order, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(why, "why");
    }
  }
}
