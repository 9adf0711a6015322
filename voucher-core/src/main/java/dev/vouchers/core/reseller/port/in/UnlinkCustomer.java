// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * ends a customer's current link from now on (its later purchases are not discounted),
 * recording when, by whom and why: by vendor {@code SUPPORT}, by the shop (a service), or by the
 * reseller's admins for their own customer.
 */
@FunctionalInterface
public interface UnlinkCustomer {

  /**
   * Runs the use case.
   *
   * @return the ended link, or a refusal with every reason that applies (nothing changed;
   *     another reseller's customer answers like a missing one, A-1)
   */
  Either<Refusal, CustomerLink> unlink(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param customer the customer
   * @param why the reason, recorded on the ended link (1..2,000 characters)
   */
  record Command(Actor principal, CustomerId customer, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(why, "why");
    }
  }
}
