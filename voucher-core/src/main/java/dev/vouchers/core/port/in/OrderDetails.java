// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.port.in;

import dev.vouchers.core.domain.Order;
import java.util.List;

/**
 * An order with its vouchers, as its partner sees it (O-3).
 *
 * @param order the order with lines, unit prices and totals
 * @param vouchers its vouchers
 */
public record OrderDetails(Order order, List<VoucherView> vouchers) {
  /** Copies the vouchers. */
  public OrderDetails {
    vouchers = List.copyOf(vouchers);
  }
}
