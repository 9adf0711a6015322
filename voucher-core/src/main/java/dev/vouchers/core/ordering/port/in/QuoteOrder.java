// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderRequest;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * O-3, T-2: what an order would cost, line by line, before the partner confirms it. The same
 * checks as {@link OrderVouchers} apply (O-1, O-2, P-1, T-2) and the same refusals come back,
 * but nothing is stored and no code is drawn.
 */
@FunctionalInterface
public interface QuoteOrder {

  /**
   * Runs the use case.
   *
   * @return the priced lines and total, or a refusal with every reason that applies
   */
  Either<Refusal, OrderQuote> quote(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the partner that would order
   * @param request the order as it would be placed
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
