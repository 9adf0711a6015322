// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

/**
 * Bounds on order input (O-2), configurable per programme.
 *
 * @param maxQuantity largest quantity of one line (default 1,000)
 * @param maxLines most lines in one order (default 100)
 * @param maxCustomerNameLength longest customer name (default 200)
 * @param maxNotesLength longest notes (default 2,000)
 * @param maxPaymentMethodLength longest payment method name (default 64)
 */
public record OrderLimits(
    int maxQuantity, int maxLines, int maxCustomerNameLength, int maxNotesLength,
    int maxPaymentMethodLength) {

  /** Every bound is positive. */
  public OrderLimits {
    if (maxQuantity < 1 || maxLines < 1 || maxCustomerNameLength < 1 || maxNotesLength < 1
        || maxPaymentMethodLength < 1) {
      throw new IllegalArgumentException("order limits must be positive");
    }
  }

  /** The defaults: quantity 1..1000, 100 lines, names 200, notes 2000, payment method 64. */
  public static OrderLimits defaults() {
    return new OrderLimits(1000, 100, 200, 2000, 64);
  }
}
