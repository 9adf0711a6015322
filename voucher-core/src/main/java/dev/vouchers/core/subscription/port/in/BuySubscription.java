// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import io.vavr.control.Either;
import java.util.Objects;

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
   */
  record Command(Actor principal, PartnerId partner, SubscriptionRequest request) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(request, "request");
    }
  }
}
