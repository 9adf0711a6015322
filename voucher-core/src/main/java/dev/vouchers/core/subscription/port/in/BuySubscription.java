// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * U-1: a partner's user (ADMIN, ADMIN_AGENT or SALES_AGENT, U-5) buys a subscription of an offer
 * for a customer. It is PENDING_ACTIVATION until the publisher confirms (U-2); its cancellation
 * window opens now (U-3). Every problem of the request is named at once.
 */
@FunctionalInterface
public interface BuySubscription {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubscriptionView> buy(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the buying partner
   * @param request what is bought, as typed
   * @param idempotencyKey G-3: the caller's key for this request, if any: the same key
   *     with the same request answers with the first result and does nothing again
   */
  record Command(Actor principal, PartnerId partner, SubscriptionRequest request,
      Optional<IdempotencyKey> idempotencyKey) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** Without an idempotency key. */
    public Command(Actor principal, PartnerId partner, SubscriptionRequest request) {
      this(principal, partner, request, Optional.empty());
    }

    /** G-3: the same command under the caller's idempotency key. */
    public Command withIdempotencyKey(IdempotencyKey key) {
      return new Command(principal, partner, request, Optional.of(key));
    }
  }
}
