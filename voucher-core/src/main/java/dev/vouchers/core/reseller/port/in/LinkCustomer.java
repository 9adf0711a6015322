// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * links a customer to an approved reseller from now on, whose discount then applies to
 * the customer's purchases. The shop's sign-up (a {@link Actor.Service}) links a new
 * customer to the reseller it chose; a reseller's admins move a customer without a reseller
 * into their console; vendor {@code SUPPORT} makes the link afterwards, or moves a customer
 * from its reseller to another (the old link ends where the new one starts). A customer has at
 * most one reseller at a time: of two resellers linking one customer at once, exactly one wins.
 */
@FunctionalInterface
public interface LinkCustomer {

  /**
   * Runs the use case.
   *
   * @return the new link, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, CustomerLink> link(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param customer the customer
   * @param reseller the reseller to link it to
   */
  record Command(Actor principal, CustomerId customer, PartnerId reseller) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(reseller, "reseller");
    }
  }
}
