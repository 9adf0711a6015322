// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Percentages;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * the reseller discount set (at approval) or changed (later) by a partner manager. The
 * changes of a reseller, oldest first, say which discount was in force at any instant; a
 * change applies to purchases from its instant on, never to earlier ones.
 *
 * @param application the approved application that made the partner a reseller
 * @param reseller the reseller partner
 * @param from the discount in force before, if one was set
 * @param to the discount in percent (0..100) from {@code at} on
 * @param at when it was set
 * @param by who set it
 */
public record DiscountChange(
    ResellerApplicationId application, PartnerId reseller, Optional<BigDecimal> from,
    BigDecimal to, Instant at, String by) {

  /** Every part required; a percentage outside 0..100 is a broken invariant. */
  public DiscountChange {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(reseller, "reseller");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    if (!isPercent(to)) {
      throw new IllegalArgumentException(
          "a discount is 0..100 percent with at most four decimal places");
    }
  }

  /**
   * Whether the value is a percentage a discount may have: 0..100 with at most four decimal
   * places ({@link Percentages#isPercent}).
   */
  public static boolean isPercent(BigDecimal percent) {
    return Percentages.isPercent(percent);
  }

  /**
   * the discount in force at {@code at}: the last change made at or before it, or zero
   * when none was made yet.
   *
   * @param changes a reseller's changes, oldest first
   */
  public static BigDecimal percentAt(List<DiscountChange> changes, Instant at) {
    BigDecimal percent = BigDecimal.ZERO;
    for (DiscountChange change : changes) {
      if (change.at().isAfter(at)) {
        break;
      }
      percent = change.to();
    }
    return percent;
  }
}
