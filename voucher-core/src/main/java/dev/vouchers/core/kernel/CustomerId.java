// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * An end customer of the vendor (R-2, U-1).
 *
 * @param value 1..64 non-blank characters
 */
public record CustomerId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public CustomerId {
    Ids.require(value, "CustomerId");
  }

  /** Convenience factory. */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
