// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * U-2: one subscription as seen now (U-4: term ends applied) with its history, for its partner's
 * users, vendor staff and services; another partner's subscription answers like a missing one
 * (A-1).
 */
@FunctionalInterface
public interface GetSubscription {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubscriptionDetails> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subscription the subscription
   */
  record Command(Actor principal, SubscriptionId subscription) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subscription, "subscription");
    }
  }
}
