// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * U-1, U-5: changes how often a subscription is billed, to a frequency its offer allows and its
 * term fits (an annual term monthly or annually, a monthly term monthly); while
 * PENDING_ACTIVATION or ACTIVE; by the owning partner's ADMIN or ADMIN_AGENT.
 */
@FunctionalInterface
public interface ChangeBillingFrequency {

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
   * @param billingFrequency the new billing frequency
   * @param why the reason, for the history (blank: a standard text)
   */
  record Command(Actor principal, SubscriptionId subscription, BillingFrequency billingFrequency, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(billingFrequency, "billingFrequency");
      Objects.requireNonNull(why, "why");
    }
  }
}
