// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * U-3, U-5: sets the number of licences: more at any time, fewer only inside the cancellation
 * window; while PENDING_ACTIVATION or ACTIVE; by the owning partner's ADMIN or ADMIN_AGENT.
 */
@FunctionalInterface
public interface ChangeSubscriptionQuantity {

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
   * @param quantity the new number of licences
   * @param why the reason, for the history (blank: a standard text)
   */
  record Command(Actor principal, SubscriptionId subscription, int quantity, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(why, "why");
    }
  }
}
