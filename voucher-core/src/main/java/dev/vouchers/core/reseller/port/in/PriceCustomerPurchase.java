// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerPurchase;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * prices a customer's purchase now, with the reseller discount in force now (rounded
 * half-even to the minor unit, T-3). Nothing is stored: the shop keeps the
 * {@link CustomerPurchase} with its order, so its price never changes afterwards (T-4).
 */
@FunctionalInterface
public interface PriceCustomerPurchase {

  /**
   * Runs the use case.
   *
   * @return the priced purchase, or a refusal (another reseller's customer answers like a
   *     missing one, A-1)
   */
  Either<Refusal, CustomerPurchase> price(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param customer the customer who buys
   * @param listPrice the price before the reseller discount
   */
  record Command(Actor principal, CustomerId customer, Money listPrice) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(listPrice, "listPrice");
    }
  }
}
