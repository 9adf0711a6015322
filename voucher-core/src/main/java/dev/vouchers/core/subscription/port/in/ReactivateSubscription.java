// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * U-2: reactivates a SUSPENDED subscription; by the owning partner's ADMIN or ADMIN_AGENT, or by
 * vendor staff.
 */
@FunctionalInterface
public interface ReactivateSubscription {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubscriptionView> reactivate(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subscription the subscription
   * @param why the reason, for the history (blank: a standard text)
   */
  record Command(Actor principal, SubscriptionId subscription, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(why, "why");
    }
  }
}
