// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import java.util.List;
import java.util.Objects;

/**
 * O-4, C-5: a placed order with the codes of its vouchers. This is the one moment the codes
 * are handed out in every mode; when the programme keeps codes shown-once, they cannot be
 * shown again. Codes mask themselves in {@code toString}; format them for display with the
 * programme's {@code CodeFormat}.
 *
 * @param order the stored order
 * @param codes the codes in voucher order: {@code codes.get(i)} belongs to
 *     {@link #voucher(int) voucher(i)}
 */
public record PlacedOrder(Order order, List<VoucherCode> codes) {

  /** One code per voucher of the order. */
  public PlacedOrder {
    Objects.requireNonNull(order, "order");
    codes = List.copyOf(codes);
    if (codes.size() != order.voucherCount()) {
      throw new IllegalArgumentException(
          "an order of " + order.voucherCount() + " vouchers has as many codes, not " + codes.size());
    }
  }

  /**
   * The id of the voucher that {@code codes.get(index)} belongs to.
   *
   * @param index 0-based position in {@link #codes()}
   * @return the voucher id
   */
  public VoucherId voucher(int index) {
    Objects.checkIndex(index, codes.size());
    return VoucherId.of(order.id(), index + 1);
  }
}
