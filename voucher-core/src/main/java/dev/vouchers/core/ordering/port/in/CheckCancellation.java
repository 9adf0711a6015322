// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.CancellationVerdict;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-6: "may I cancel this order, and until when?" without trying.
 */
@FunctionalInterface
public interface CheckCancellation {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, CancellationVerdict> check(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param order the order
   */
  record Command(Actor principal, OrderId order) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(order, "order");
    }
  }
}
