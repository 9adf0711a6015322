// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * T-3: a zero price is legal, a negative one is not (issue 18: boundary survivors of the
 * kernel's mutation run); a discount of zero percent is a percentage.
 */
class ZeroAmountsTest {

  @Test
  void aZeroAmountParsesAsZeroMoney_T3() {
    assertThat(Money.of("0.00", "CHF").isZero()).isTrue();
    assertThat(Money.of("0", "CHF")).isEqualTo(Money.ofMinor("CHF", 0));
    assertThatThrownBy(() -> Money.of("-0.01", "CHF"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLineOfZeroUnitsOrAtAZeroPriceAddsNothing_T3() {
    assertThat(Money.sumOfProducts(new long[] {0, 250}, new long[] {3, 0}, 1_000))
        .isEqualTo(OptionalLong.of(0));
    assertThat(Money.sumOfProducts(new long[] {0, 250}, new long[] {3, 2}, 1_000))
        .isEqualTo(OptionalLong.of(500));
    assertThatThrownBy(() -> Money.sumOfProducts(new long[] {-1}, new long[] {1}, 1_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zeroPercentIsAPercentageAndLessIsNot_T2_R2() {
    assertThat(Percentages.isPercent(BigDecimal.ZERO)).isTrue();
    assertThat(Percentages.isPercent(new BigDecimal("-0.0001"))).isFalse();
  }
}
