// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import java.math.BigInteger;
import java.util.Objects;

/**
 * M-6: how many vouchers one {@link UsageKind} counted in a report row, and their money: the
 * sum of their frozen unit prices in minor units (T-3, T-4), exact at any size.
 *
 * @param count how many
 * @param minorUnits the sum of their unit prices, in the row's currency's minor unit
 */
public record UsageFigure(long count, BigInteger minorUnits) {

  /** Nothing counted. */
  public static final UsageFigure NONE = new UsageFigure(0, BigInteger.ZERO);

  /** Neither part is negative. */
  public UsageFigure {
    Objects.requireNonNull(minorUnits, "minorUnits");
    if (count < 0 || minorUnits.signum() < 0) {
      throw new IllegalArgumentException("a usage figure is not negative");
    }
  }

  /** The sum of two figures. */
  public UsageFigure plus(UsageFigure other) {
    return new UsageFigure(Math.addExact(count, other.count), minorUnits.add(other.minorUnits));
  }

  /** One voucher at this unit price, in minor units. */
  public static UsageFigure one(long unitMinorUnits) {
    return new UsageFigure(1, BigInteger.valueOf(unitMinorUnits));
  }
}
