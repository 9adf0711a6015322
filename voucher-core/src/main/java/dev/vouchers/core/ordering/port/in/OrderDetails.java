// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.util.Objects;

/**
 * An order as its partner sees it (O-3), in memory bounded independently of its size (L-2):
 * the order, how many of its vouchers are in each status, and one page of its vouchers.
 *
 * @param order the order with lines, unit prices and totals
 * @param counts its vouchers per status as seen now (V-4: a due voucher counts as EXPIRED)
 *     and how many were ever redeemed
 * @param vouchers the requested page of its vouchers; {@code vouchers.next()} is the cursor of
 *     the following page
 */
public record OrderDetails(Order order, OrderTally counts, Page<VoucherView> vouchers) {
  /** Every part is required. */
  public OrderDetails {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(vouchers, "vouchers");
  }
}
