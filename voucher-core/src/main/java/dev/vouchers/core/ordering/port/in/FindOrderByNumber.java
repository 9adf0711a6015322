// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * M-4: the order with a short order number, as a person reads it out (spaces, hyphens and dots
 * between the digits are ignored). A partner's users find only their partner's orders; another
 * partner's number gets the same "not found" as a number nobody has. Vendor staff and
 * services find every partner's order, as they read every order ({@link GetOrder}). One lookup
 * by a unique index (L-1).
 */
@FunctionalInterface
public interface FindOrderByNumber {

  /**
   * Runs the use case.
   *
   * @return the order, or a refusal: not an order number (nine digits), or not found
   */
  Either<Refusal, Order> find(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param number the order number as typed, e.g. {@code 123 456 789}
   */
  record Command(Actor principal, String number) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(number, "number");
    }
  }
}
