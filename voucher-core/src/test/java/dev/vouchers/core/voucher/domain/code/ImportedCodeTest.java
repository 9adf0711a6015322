// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * M-1: an imported code is ASCII letters and digits, the first and last of each range
 * included and their neighbours not; C-2: it prints masked, showing its last four symbols only
 * when it has at least twelve (a shorter code would give away a third of itself or more).
 */
class ImportedCodeTest {

  @Test
  void theEdgesOfEachRangeAreSymbols_M1() {
    assertThat(new ImportedCode("09AZaz").reveal()).isEqualTo("09AZaz");
    for (char c : "09AZaz".toCharArray()) {
      assertThat(ImportedCode.symbol(c)).as("'%s'", c).isTrue();
      assertThat(new ImportedCode(String.valueOf(c)).reveal()).isEqualTo(String.valueOf(c));
    }
  }

  @Test
  void theNeighboursOfEachRangeAreNotAndTheRefusalDoesNotEchoTheCode_M1_C2() {
    for (char c : "/:@[`{".toCharArray()) {
      assertThat(ImportedCode.symbol(c)).as("'%s'", c).isFalse();
      String code = "SECRET" + c;
      assertThatThrownBy(() -> new ImportedCode(code)).as("'%s'", c)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("an imported code is ASCII letters and digits");
    }
    assertThatThrownBy(() -> new ImportedCode("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCodeOfTwelveSymbolsOrMoreShowsItsLastFourAndAShorterOneNone_C2() {
    assertThat(new ImportedCode("ABCDEFGH1234")).hasToString("ImportedCode[****1234]");
    assertThat(new ImportedCode("ABCDEFGHJK1234")).hasToString("ImportedCode[****1234]");
    assertThat(new ImportedCode("BCDEFGH1234")).hasToString("ImportedCode[****]");
    assertThat(new ImportedCode("BCDEFGH1234").lastFour()).isEqualTo("1234");
    assertThat(new ImportedCode("XYZ").lastFour()).isEqualTo("XYZ");
  }
}
