// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money (T-3): a currency and a whole number of its minor units (cents).
 * No floating point is ever involved; amounts are never negative (a zero price is legal).
 *
 * @param currency the ISO 4217 currency
 * @param minorUnits the amount in the currency's minor unit, e.g. 1999 for CHF 19.99
 */
public record Money(Currency currency, long minorUnits) implements Comparable<Money> {

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
    BigDecimal value = new BigDecimal(amount);
    BigDecimal minor = value.movePointRight(minorDigits(currency));
    if (minor.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          amount + " has more decimals than " + currencyCode + " allows");
    }
    return new Money(currency, minor.longValueExact());
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
      throw new IllegalArgumentException("a discount is 0..100 percent, got " + percent);
    }
    BigDecimal factor = BigDecimal.valueOf(100).subtract(percent);
    BigDecimal exact = BigDecimal.valueOf(minorUnits).multiply(factor).movePointLeft(2);
    return new Money(currency, exact.setScale(0, rounding).longValueExact());
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
