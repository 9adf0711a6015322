// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.PartnerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * the reseller discount that applies to a customer's purchase at some instant: the
 * reseller the customer belonged to then, and the discount in force then.
 *
 * @param reseller the reseller partner
 * @param percent the discount in percent (0..100; zero while the partner manager set none)
 * @param linkedSince when the customer's link to the reseller started
 */
public record ResellerDiscount(PartnerId reseller, BigDecimal percent, Instant linkedSince) {
  /** Every part required; a percentage outside 0..100 is a broken invariant. */
  public ResellerDiscount {
    Objects.requireNonNull(reseller, "reseller");
    Objects.requireNonNull(linkedSince, "linkedSince");
    if (!DiscountChange.isPercent(percent)) {
      throw new IllegalArgumentException("a discount is 0..100 percent, got " + percent);
    }
  }
}
