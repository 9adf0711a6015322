// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.ordering.domain.OrderLine;
import java.util.List;
import java.util.Objects;

/**
 * O-3: the lines of an order not yet placed, each with its unit price (at the partner's tier,
 * T-2) and line total, and the order total.
 *
 * @param lines the priced lines, numbered from 1
 * @param total the sum of the line totals
 */
public record OrderQuote(List<OrderLine> lines, Money total) {
  /** Copies the lines. */
  public OrderQuote {
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }
}
