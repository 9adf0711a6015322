// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** C-3: a configured format that cannot work is refused with messages that say exactly why. */
class CodeFormatViolationsTest {

  @Test
  void theGroupSumCountsTheCheckSymbolOnlyWhenThereIsOne_C3() {
    assertThat(CodeFormat.of("", 19, List.of(4, 4, 4, 4), true).getError().toJavaList())
        .containsExactly("group sizes must sum to 20 (random symbols plus check symbol)"
            + " but sum to 16");
    assertThat(CodeFormat.of("", 19, List.of(4, 4, 4, 4), false).getError().toJavaList())
        .containsExactly("group sizes must sum to 19 (random symbols) but sum to 16");
  }

  @Test
  void aPrefixOfTheLongestLengthIsAcceptedAndOneMoreIsNot_C3() {
    String longest = "V".repeat(CodeFormat.MAX_PREFIX_LENGTH);
    assertThat(CodeFormat.of(longest, 19, List.of(5, 5, 5, 5), true).isValid()).isTrue();
    assertThat(CodeFormat.of(longest + "V", 19, List.of(5, 5, 5, 5), true).getError()
        .toJavaList()).singleElement().asString().contains("at most 16 symbols")
        .contains("has 17");
  }

  @Test
  void aBadPrefixSymbolIsNamedWithItsPositionCountedFromOne_C3() {
    assertThat(CodeFormat.of("VUX", 19, List.of(5, 5, 5, 5), true).getError().toJavaList())
        .singleElement().asString().contains("'U' at position 2").doesNotContain("position 1");
    assertThat(CodeFormat.of("V\u0007", 19, List.of(5, 5, 5, 5), true).getError().toJavaList())
        .singleElement().asString().contains("U+0007 at position 2");
  }
}
