// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * U-5: sets, changes or (with an empty or blank name) removes a subscription's nickname, in every
 * status; by the owning partner's ADMIN or ADMIN_AGENT.
 */
@FunctionalInterface
public interface RenameSubscription {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubscriptionView> rename(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subscription the subscription
   * @param nickname the new nickname (empty or blank: none)
   */
  record Command(Actor principal, SubscriptionId subscription, Optional<String> nickname) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(nickname, "nickname");
    }
  }
}
