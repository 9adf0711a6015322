// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * U-1, U-5: sets, changes or (with an empty or blank id) removes the indirect reseller a
 * subscription was sold through, while it is not CANCELLED or EXPIRED; by the owning partner's
 * ADMIN or ADMIN_AGENT.
 */
@FunctionalInterface
public interface ChangeIndirectReseller {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubscriptionView> change(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subscription the subscription
   * @param indirectReseller the indirect reseller's partner id as typed (empty or blank: none)
   */
  record Command(Actor principal, SubscriptionId subscription, Optional<String> indirectReseller) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(indirectReseller, "indirectReseller");
    }
  }
}
