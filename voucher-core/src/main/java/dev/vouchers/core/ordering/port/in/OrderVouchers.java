// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * O-1..O-4, T-4: a partner orders vouchers; every unit becomes one voucher with its own code, all created atomically with the order. Refused with every reason: bad input, feature off, configuration not offered, no price, code space too small.
 */
@FunctionalInterface
public interface OrderVouchers {

  /**
   * Runs the use case.
   *
   * @return the stored order with its codes (the only time they are handed out when codes are
   *     shown once), or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, PlacedOrder> order(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the ordering partner
   * @param request what is ordered
   */
  record Command(Actor principal, PartnerId partner, OrderRequest request) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(request, "request");
    }
  }
}
