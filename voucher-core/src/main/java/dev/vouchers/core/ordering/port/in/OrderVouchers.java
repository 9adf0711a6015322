// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

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
   * @param idempotencyKey G-3: the caller's key for this request, if any: the same key
   *     with the same request answers with the first result and does nothing again
   */
  record Command(Actor principal, PartnerId partner, OrderRequest request,
      Optional<IdempotencyKey> idempotencyKey) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** Without an idempotency key. */
    public Command(Actor principal, PartnerId partner, OrderRequest request) {
      this(principal, partner, request, Optional.empty());
    }

    /** G-3: the same command under the caller's idempotency key. */
    public Command withIdempotencyKey(IdempotencyKey key) {
      return new Command(principal, partner, request, Optional.of(key));
    }
  }
}
