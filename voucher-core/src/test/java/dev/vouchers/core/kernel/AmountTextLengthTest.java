// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * L-4: an amount typed as text has at most 40 characters (issue 18: a boundary survivor of the
 * kernel's mutation run); padding zeros count.
 */
class AmountTextLengthTest {

  @Test
  void anAmountOfFortyCharactersParsesAndOneOfFortyOneIsRefused_T3_L4() {
    String forty = "0".repeat(35) + "19.90";
    assertThat(forty).hasSize(40);
    assertThat(Money.of(forty, "CHF")).isEqualTo(Money.ofMinor("CHF", 1_990));
    assertThatThrownBy(() -> Money.of("0" + forty, "CHF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("40 characters");
  }
}
