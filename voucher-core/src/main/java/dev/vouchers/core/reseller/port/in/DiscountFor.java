// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerDiscount;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * the reseller discount for a purchase of the customer at an instant, read from the link
 * history: the reseller the customer belonged to then, with its discount in force then; empty
 * if it had none. A link applies from its start on, never to earlier purchases. A reseller's
 * users get an answer only for their own customers (another's answers like a missing id, A-1),
 * and only their own discount.
 */
@FunctionalInterface
public interface DiscountFor {

  /**
   * Runs the query.
   *
   * @return the discount, empty without a reseller at that instant, or a refusal
   */
  Either<Refusal, Optional<ResellerDiscount>> discountFor(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param customer the customer
   * @param at the instant of the purchase
   */
  record Command(Actor principal, CustomerId customer, Instant at) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(at, "at");
    }
  }
}
