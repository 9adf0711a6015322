// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.subaccount.domain.Pricing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PercentagesTest {

  @Test
  void acceptsZeroToHundredWithAtMostFourDecimalPlaces_R2_L4() {
    for (String percent : new String[] {"0", "0.0000", "12.5", "99.9999", "100", "100.000000",
        "1E+2", "12.50000000"}) {
      assertThat(Percentages.isPercent(new BigDecimal(percent))).as(percent).isTrue();
    }
  }

  @Test
  void refusesNegativeAboveHundredAndTooPrecise_R2_L4() {
    for (String percent : new String[] {"-0.0001", "100.0001", "12.34567", "1E+3", "1E-999999",
        "1E+999999", "-1E+999999"}) {
      assertThat(Percentages.isPercent(new BigDecimal(percent))).as(percent).isFalse();
    }
    // exponents at the ends of int: no overflow of precision minus scale
    assertThat(Percentages.isPercent(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1)))
        .isFalse();
    assertThat(Percentages.isPercent(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)))
        .isFalse();
    assertThat(Percentages.isPercent(new BigDecimal(BigInteger.TEN.pow(5_000), 5_000)))
        .isFalse();
  }

  @Test
  void aRefusalNamesTheFieldAndTheRangeButNeverEchoesTheValue_R2_L4() {
    Optional<Reason> reason =
        Percentages.check("the reseller discount", new BigDecimal("1E+999999"));
    assertThat(reason).get().extracting(Reason::code).isEqualTo(ReasonCode.INVALID_INPUT);
    assertThat(reason.get().message()).isEqualTo(
        "the reseller discount must be 0..100 percent with at most 4 decimal places");
  }

  @Test
  void aCustomDiscountOfExtremeScaleIsABrokenInvariantWithAShortMessage_I3() {
    assertThatThrownBy(() -> Pricing.discount(new BigDecimal("1E-999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("0000");
    assertThat(Pricing.discount(new BigDecimal("12.5000")).describe()).isEqualTo("discount 12.5%");
  }
}
