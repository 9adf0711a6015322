// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * O-3: one order with lines, prices, totals, how many of its vouchers are in each status, and
 * one page of its vouchers (with codes, for the owning partner). L-2: an order of a million
 * vouchers is shown in the same memory as one of ten; walk the pages with the cursor.
 */
@FunctionalInterface
public interface GetOrder {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, OrderDetails> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param order the order
   * @param page which page of its vouchers (in id order; the cursor of the previous page)
   */
  record Command(Actor principal, OrderId order, PageRequest page) {
    /** The size of the first page when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(page, "page");
    }

    /** The order with the first {@value #DEFAULT_PAGE_SIZE} of its vouchers. */
    public Command(Actor principal, OrderId order) {
      this(principal, order, PageRequest.first(DEFAULT_PAGE_SIZE));
    }
  }
}
