// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency CHF = Currency.getInstance("CHF");

  @Test
  void zeroPriceIsLegal_T3() {
    // T-3: a zero price is legal
    Money zero = Money.zero(CHF);
    assertThat(zero.minorUnits()).isZero();
    assertThat(zero.isZero()).isTrue();
    assertThat(new Money(CHF, 0)).isEqualTo(zero);
    assertThat(Money.ofMinor("CHF", 1).isZero()).isFalse();
  }

  @Test
  void refusesNegativeAmounts_T3() {
    assertThatThrownBy(() -> new Money(CHF, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void requiresCurrency_T3() {
    assertThatThrownBy(() -> new Money(null, 1)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parsesDecimalAmountsExactlyIntoMinorUnits_T3() {
    assertThat(Money.of("19.90", "CHF")).isEqualTo(new Money(CHF, 1990));
    assertThat(Money.of("19.9", "CHF").minorUnits()).isEqualTo(1990);
    assertThat(Money.of("19.900", "CHF").minorUnits()).isEqualTo(1990);
    assertThat(Money.of("0", "CHF").minorUnits()).isZero();
    assertThat(Money.of("100", "JPY").minorUnits()).isEqualTo(100); // no minor digits
    assertThat(Money.of("1.234", "BHD").minorUnits()).isEqualTo(1234); // three minor digits
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding_T3() {
    assertThatThrownBy(() -> Money.of("19.999", "CHF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("19.999").hasMessageContaining("CHF");
    assertThatThrownBy(() -> Money.of("100.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("-1.00", "CHF")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void amountHasTheCurrencysFractionDigits_T3() {
    assertThat(Money.ofMinor("CHF", 1999).amount()).isEqualTo(new BigDecimal("19.99"));
    assertThat(Money.ofMinor("CHF", 5).amount()).isEqualTo(new BigDecimal("0.05"));
    assertThat(Money.ofMinor("JPY", 500).amount()).isEqualTo(new BigDecimal("500"));
    assertThat(Money.ofMinor("CHF", 1999)).hasToString("CHF 19.99");
    assertThat(Money.ofMinor("CHF", 100)).hasToString("CHF 1.00");
  }

  @Test
  void addsExactlyInOneCurrency_T3() {
    assertThat(Money.ofMinor("CHF", 1999).plus(Money.ofMinor("CHF", 1)))
        .isEqualTo(Money.ofMinor("CHF", 2000));
    assertThat(Money.ofMinor("CHF", 7).plus(Money.zero(CHF))).isEqualTo(Money.ofMinor("CHF", 7));
  }

  @Test
  void refusesToAddDifferentCurrencies_T3() {
    assertThatThrownBy(() -> Money.ofMinor("CHF", 1).plus(Money.ofMinor("EUR", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CHF").hasMessageContaining("EUR");
  }

  @Test
  void overflowIsAnErrorNotAWrapAround_T3() {
    Money max = Money.ofMinor("CHF", Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofMinor("CHF", 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void multipliesByQuantity_O3() {
    Money unit = Money.ofMinor("CHF", 4990);
    assertThat(unit.times(3)).isEqualTo(Money.ofMinor("CHF", 14970));
    assertThat(unit.times(1)).isEqualTo(unit);
    assertThat(unit.times(0)).isEqualTo(Money.zero(CHF));
    assertThatThrownBy(() -> unit.times(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void discountsAndRoundsHalfEvenOnExactHalves_T3() {
    // 105 * 0.9 = 94.5 -> 94 (even); 115 * 0.9 = 103.5 -> 104 (even)
    assertThat(Money.ofMinor("CHF", 105).discounted(BigDecimal.TEN, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.ofMinor("CHF", 94));
    assertThat(Money.ofMinor("CHF", 115).discounted(BigDecimal.TEN, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.ofMinor("CHF", 104));
    // rounding is the caller's explicit choice
    assertThat(Money.ofMinor("CHF", 105).discounted(BigDecimal.TEN, RoundingMode.HALF_UP))
        .isEqualTo(Money.ofMinor("CHF", 95));
    assertThat(Money.ofMinor("CHF", 105).discounted(BigDecimal.TEN, RoundingMode.DOWN))
        .isEqualTo(Money.ofMinor("CHF", 94));
  }

  @Test
  void discountsByFractionalPercent_T3() {
    // 10000 * (100 - 12.5) / 100 = 8750
    assertThat(Money.ofMinor("CHF", 10000).discounted(new BigDecimal("12.5"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.ofMinor("CHF", 8750));
    // 999 * 0.667 = 666.333 -> 666
    assertThat(Money.ofMinor("CHF", 999).discounted(new BigDecimal("33.3"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.ofMinor("CHF", 666));
  }

  @Test
  void discountBoundsZeroAndHundredPercentAreLegal_T3() {
    Money price = Money.ofMinor("CHF", 4990);
    assertThat(price.discounted(BigDecimal.ZERO, RoundingMode.HALF_EVEN)).isEqualTo(price);
    assertThat(price.discounted(BigDecimal.valueOf(100), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.zero(CHF));
  }

  @Test
  void refusesDiscountsOutsideZeroToHundred_T3() {
    Money price = Money.ofMinor("CHF", 4990);
    assertThatThrownBy(() -> price.discounted(new BigDecimal("-0.01"), RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.01");
    assertThatThrownBy(() -> price.discounted(new BigDecimal("100.01"), RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.01");
  }

  @Test
  void comparesWithinACurrencyOnly_T3() {
    assertThat(Money.ofMinor("CHF", 1).compareTo(Money.ofMinor("CHF", 2))).isNegative();
    assertThat(Money.ofMinor("CHF", 2).compareTo(Money.ofMinor("CHF", 1))).isPositive();
    assertThat(Money.ofMinor("CHF", 2).compareTo(Money.ofMinor("CHF", 2))).isZero();
    assertThatThrownBy(() -> Money.ofMinor("CHF", 1).compareTo(Money.ofMinor("EUR", 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
