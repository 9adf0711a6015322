// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.port.in;

import dev.vouchers.core.domain.OrderId;
import dev.vouchers.core.domain.Principal;
import dev.vouchers.core.domain.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * O-3: one order with lines, prices, totals and its vouchers (with codes, for the owning partner).
 */
@FunctionalInterface
public interface GetOrder {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, OrderDetails> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param order the order
   */
  record Command(Principal principal, OrderId order) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(order, "order");
    }
  }
}
