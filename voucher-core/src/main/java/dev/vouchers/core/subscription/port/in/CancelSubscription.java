// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * U-3, U-5: cancels an ACTIVE or SUSPENDED subscription inside its cancellation window (from the
 * purchase or the latest renewal); by the owning partner's ADMIN or ADMIN_AGENT.
 */
@FunctionalInterface
public interface CancelSubscription {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubscriptionView> cancel(Command command);

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
