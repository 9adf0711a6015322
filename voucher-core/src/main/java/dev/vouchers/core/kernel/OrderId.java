// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * A voucher order's id.
 *
 * @param value 1..64 non-blank characters
 */
public record OrderId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public OrderId {
    Ids.require(value, "OrderId");
  }

  /** Convenience factory. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
