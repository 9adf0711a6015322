// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * R-2, I-3, L-4: the one check of a discount percentage: 0..100 with at most
 * {@value #MAX_DECIMALS} decimal places (trailing zeros do not count). The check costs the
 * same for any {@link BigDecimal}: a value of a million digits or an exponent of a million
 * ({@code 1E-999999}, {@code 1E+999999}) is refused without being expanded, and the refusal
 * never echoes the value.
 */
public final class Percentages {
  /** The most decimal places a percentage may have. */
  public static final int MAX_DECIMALS = 4;
  /** Values with more bits in their unscaled value are refused before any arithmetic. */
  private static final int MAX_UNSCALED_BITS = 128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentages() {}

  /** Whether {@code percent} is 0..100 with at most {@value #MAX_DECIMALS} decimals. */
  public static boolean isPercent(BigDecimal percent) {
    if (percent.signum() < 0 || percent.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      return false;
    }
    BigDecimal stripped = percent.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return true;
    }
    if (stripped.scale() > MAX_DECIMALS
        || (long) stripped.precision() - stripped.scale() > 3) { // long: no overflow
      return false;
    }
    return stripped.compareTo(HUNDRED) <= 0;
  }

  /**
   * L-4: why {@code percent} is not a percentage, if it is not.
   *
   * @param field the field's name as the caller knows it, e.g. {@code "the reseller discount"}
   * @param percent the value as given
   * @return a short {@link ReasonCode#INVALID_INPUT} reason naming the field and the range
   */
  public static Optional<Reason> check(String field, BigDecimal percent) {
    return isPercent(percent) ? Optional.empty() : Optional.of(Reason.of(ReasonCode.INVALID_INPUT,
        field + " must be 0..100 percent with at most " + MAX_DECIMALS + " decimal places"));
  }
}
