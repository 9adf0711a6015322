// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.Ids;

/**
 * A reseller application's id.
 *
 * @param value 1..64 non-blank characters
 */
public record ResellerApplicationId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public ResellerApplicationId {
    Ids.require(value, "ResellerApplicationId");
  }

  /** Convenience factory. */
  public static ResellerApplicationId of(String value) {
    return new ResellerApplicationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
