// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * A voucher's id (never its code: the code is a secret, the id is not).
 *
 * @param value 1..64 non-blank characters
 */
public record VoucherId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public VoucherId {
    Ids.require(value, "VoucherId");
  }

  /** Convenience factory. */
  public static VoucherId of(String value) {
    return new VoucherId(value);
  }

  /**
   * The id of the {@code sequence}-th voucher (1-based) of an order: the order id and a
   * seven-digit sequence, so an order's vouchers sort in issue order; seven digits, so that an
   * order of a million codes (O-4) has room.
   */
  public static VoucherId of(OrderId order, int sequence) {
    if (sequence < 1 || sequence > 9_999_999) {
      throw new IllegalArgumentException("voucher sequence must be 1..9999999, got " + sequence);
    }
    String digits = Integer.toString(sequence);
    return new VoucherId(order.value() + "-" + "0000000".substring(digits.length()) + digits);
  }

  @Override
  public String toString() {
    return value;
  }
}
