// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.Text;

/**
 * Bounds on order input (O-2), configurable per programme. L-4: the bounds themselves are
 * bounded, so that no configured order can overflow a count: a quantity of at most
 * {@link #QUANTITY_CEILING}, at most {@link #LINES_CEILING} lines, texts no longer than
 * {@link Text} allows for their kind (names {@link Text#NAME}, notes {@link Text#FREE_TEXT},
 * payment method {@link Text#REFERENCE}).
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

  /** L-4: the largest configurable quantity of one line. */
  public static final int QUANTITY_CEILING = 1_000_000;
  /** L-4: the largest configurable number of lines. */
  public static final int LINES_CEILING = 1_000;

  /** Every bound is positive and at most its ceiling; the message names the setting. */
  public OrderLimits {
    within("maxQuantity", maxQuantity, QUANTITY_CEILING);
    within("maxLines", maxLines, LINES_CEILING);
    within("maxCustomerNameLength", maxCustomerNameLength, Text.NAME);
    within("maxNotesLength", maxNotesLength, Text.FREE_TEXT);
    within("maxPaymentMethodLength", maxPaymentMethodLength, Text.REFERENCE);
  }

  private static void within(String setting, int value, int ceiling) {
    if (value < 1 || value > ceiling) {
      throw new IllegalArgumentException(
          "order limit " + setting + " must be 1.." + ceiling + ", got " + value);
    }
  }

  /** The defaults: quantity 1..1000, 100 lines, names 200, notes 2000, payment method 64. */
  public static OrderLimits defaults() {
    return new OrderLimits(1000, 100, 200, 2000, 64);
  }
}
