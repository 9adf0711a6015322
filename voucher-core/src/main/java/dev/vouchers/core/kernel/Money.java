// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An exact amount of money (T-3): a currency and a whole number of its minor units (cents).
 * No floating point is ever involved; amounts are never negative (a zero price is legal).
 *
 * <p>L-4: amounts are bounded where they enter. A price (a price book's list or tier price) is
 * at most {@link #MAX_PRICE_MINOR_UNITS} minor units; an order's total at most
 * {@link #MAX_TOTAL_MINOR_UNITS}. The arithmetic here is exact: it throws on overflow (a broken
 * invariant), so callers bound what they add up first ({@link #sumOfProducts}).
 *
 * @param currency the ISO 4217 currency
 * @param minorUnits the amount in the currency's minor unit, e.g. 1999 for CHF 19.99
 */
public record Money(Currency currency, long minorUnits) implements Comparable<Money> {

  /** L-4: the largest price a price book holds, 10^12 minor units (e.g. CHF 10,000,000,000). */
  public static final long MAX_PRICE_MINOR_UNITS = 1_000_000_000_000L;

  /** L-4: the largest order total, 10^15 minor units; sums of totals still fit a {@code long}. */
  public static final long MAX_TOTAL_MINOR_UNITS = 1_000_000_000_000_000L;

  /** Negative amounts are a broken invariant. */
  public Money {
    Objects.requireNonNull(currency, "currency");
    if (minorUnits < 0) {
      throw new IllegalArgumentException("money is never negative: " + minorUnits);
    }
  }

  /** Zero in a currency. */
  public static Money zero(Currency currency) {
    return new Money(currency, 0);
  }

  /** An amount in minor units, e.g. {@code Money.ofMinor("CHF", 1999)}. */
  public static Money ofMinor(String currencyCode, long minorUnits) {
    return new Money(Currency.getInstance(currencyCode), minorUnits);
  }

  /**
   * Parses a decimal amount such as {@code "19.90"} exactly. More decimals than the currency
   * has minor digits is an error, not a silent rounding.
   */
  public static Money of(String amount, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode);
    if (amount.length() > 40) {
      throw new IllegalArgumentException("an amount has at most 40 characters");
    }
    BigDecimal value = new BigDecimal(amount);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("money is never negative");
    }
    if ((long) value.precision() - value.scale() > 19 || value.stripTrailingZeros().scale() > 18) {
      throw new IllegalArgumentException("the amount does not fit in minor units");
    }
    BigDecimal minor = value.movePointRight(minorDigits(currency));
    if (minor.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          amount + " has more decimals than " + currencyCode + " allows");
    }
    if (minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException("the amount does not fit in minor units");
    }
    return new Money(currency, minor.longValueExact());
  }

  /**
   * L-4: the exact sum of {@code amounts[i] × quantities[i]}, or empty when it exceeds
   * {@code max}. Never overflows, whatever the inputs; for totals checked before anything is
   * written.
   *
   * @param minorUnits non-negative amounts in minor units
   * @param quantities non-negative quantities, as many as amounts
   * @param max the largest acceptable sum
   * @return the sum, or empty when it is larger than {@code max}
   */
  public static OptionalLong sumOfProducts(long[] minorUnits, long[] quantities,
      long max) {
    if (minorUnits.length != quantities.length) {
      throw new IllegalArgumentException("as many amounts as quantities are needed");
    }
    long sum = 0;
    for (int i = 0; i < minorUnits.length; i++) {
      long a = minorUnits[i];
      long q = quantities[i];
      if (a < 0 || q < 0) {
        throw new IllegalArgumentException("amounts and quantities are never negative");
      }
      if (q != 0 && a > (max - sum) / q) {
        return OptionalLong.empty();
      }
      sum += a * q;
    }
    return OptionalLong.of(sum);
  }

  private static int minorDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  /** The amount as a decimal with the currency's number of fraction digits. */
  public BigDecimal amount() {
    return BigDecimal.valueOf(minorUnits, minorDigits(currency));
  }

  /** The sum; currencies must match. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, Math.addExact(minorUnits, other.minorUnits));
  }

  /** The amount times a non-negative quantity (a line total, O-3). */
  public Money times(long quantity) {
    if (quantity < 0) {
      throw new IllegalArgumentException("quantity is never negative: " + quantity);
    }
    return new Money(currency, Math.multiplyExact(minorUnits, quantity));
  }

  /**
   * The amount less a percentage discount, rounded explicitly to the minor unit (T-3).
   *
   * @param percent 0..100, may have decimals
   * @param rounding how to round to the minor unit (half-even by default in the price book)
   */
  public Money discounted(BigDecimal percent, RoundingMode rounding) {
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("a discount is 0..100 percent" + shown(percent));
    }
    BigDecimal factor = BigDecimal.valueOf(100).subtract(percent);
    BigDecimal exact = BigDecimal.valueOf(minorUnits).multiply(factor).movePointLeft(2);
    return new Money(currency, exact.setScale(0, rounding).longValueExact());
  }

  /** A short number as {@code ", got N"}; a long one is not echoed (L-4). */
  public static String shown(BigDecimal number) {
    String text = number.toString();
    return text.length() <= 32 ? ", got " + text : "";
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return minorUnits == 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currencies differ: " + currency + " and " + other.currency);
    }
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount().toPlainString();
  }
}
