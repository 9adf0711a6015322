// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * O-5: a partner's orders, newest first, filtered by status and product, paged.
 */
@FunctionalInterface
public interface ListOrders {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Page<Order>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param filter which orders
   * @param page which page
   */
  record Command(Actor principal, OrderFilter filter, PageRequest page) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(page, "page");
    }
  }
}
