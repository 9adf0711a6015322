// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * D-1, L-4: a check name that is not one lower-case DNS label is refused; the refusal shows the
 * name when it is short enough to be a label (up to 63 characters) and printable, and leaves a
 * longer one out.
 */
class DomainChallengeCheckNameTest {
  private static final String SECRET = "K7QW2M9XHBDA4TREPZ6SNV8CJY";

  private static DomainChallenge challenge(String checkName) {
    return new DomainChallenge(new DomainName("shop.example.com"), checkName, SECRET, T0,
        T0.plus(Duration.ofDays(7)), Optional.empty());
  }

  @Test
  void aWrongNameOfSixtyThreeCharactersIsShownInTheRefusal_D1_L4() {
    String upper = "A".repeat(63);
    assertThatThrownBy(() -> challenge(upper)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check name must be one lower-case DNS label: " + upper);
  }

  @Test
  void aNameOfSixtyFourCharactersIsRefusedWithoutBeingShown_D1_L4() {
    String tooLong = "a".repeat(64);
    assertThatThrownBy(() -> challenge(tooLong)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check name must be one lower-case DNS label");
  }

  @Test
  void aNameWithAControlCharacterIsRefusedWithoutBeingShown_D1_L4() {
    assertThatThrownBy(() -> challenge("check\nname")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check name must be one lower-case DNS label");
  }
}
