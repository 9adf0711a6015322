// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.Offer;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * U-1, U-3: the vendor's partner manager defines or replaces a publisher's offer: its terms,
 * billing frequencies, cancellation windows and licence limit. Existing subscriptions keep the
 * window they were bought with.
 */
@FunctionalInterface
public interface DefineOffer {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Offer> define(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param offer the offer
   */
  record Command(Actor principal, Offer offer) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(offer, "offer");
    }
  }
}
