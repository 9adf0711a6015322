// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * T-2: the price list as one partner sees it: every offered product configuration with its
 * list price and the unit price at the partner's current tier.
 */
@FunctionalInterface
public interface ShowPriceList {

  /**
   * Runs the use case.
   *
   * @return the price list, or a refusal (another partner's id answers like a missing one, A-1)
   */
  Either<Refusal, PriceList> show(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner whose prices
   */
  record Command(Actor principal, PartnerId partner) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
    }
  }
}
