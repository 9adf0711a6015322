// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.Offer;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * U-1: every offer, by id, for partner users who buy subscriptions, vendor staff and services.
 */
@FunctionalInterface
public interface ListOffers {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, List<Offer>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   */
  record Command(Actor principal) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
    }
  }
}
