// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.Entropy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Voucher codes are canonical secrets (rules C-2, C-4). */
class VoucherCodeTest {

  @Test
  void toStringNeverContainsTheCanonicalCode_C2() {
    for (VoucherCode code : new CodeGenerator(CodeFormat.defaults(), Entropy.secure()).next(1_000)) {
      assertThat(code.toString())
          .doesNotContain(code.reveal())
          .isEqualTo("VoucherCode[****" + code.reveal().substring(16) + "]");
    }
  }

  @Test
  void toStringNeverContainsTheCanonicalCodeOfAnyLength_C2() {
    qt().forAll(lists().of(integers().between(0, 31)).ofSizeBetween(2, 70))
        .checkAssert(
            values -> {
              StringBuilder symbols = new StringBuilder();
              for (int value : values) {
                symbols.append(Crockford.ALPHABET.charAt(value));
              }
              VoucherCode code = new VoucherCode(symbols.toString());
              assertThat(code.toString()).doesNotContain(code.reveal());
              assertThat(code.reveal()).isEqualTo(symbols.toString());
              assertThat(code.canonical()).isEqualTo(symbols.toString());
            });
  }

  @Test
  void shortCodesAreFullyMasked_C2() {
    assertThat(new VoucherCode("ABCDEFGH").toString()).isEqualTo("VoucherCode[****]");
  }

  @Test
  void lastFourAreTheLastFourCanonicalSymbols() {
    assertThat(new VoucherCode("0123456789ABCDEFGHJK").lastFour()).isEqualTo("GHJK");
    assertThat(new VoucherCode("XYZ").lastFour()).isEqualTo("XYZ");
  }

  @Test
  void rejectsNonCanonicalInput_C4() {
    for (String bad : List.of("", "abcd", "AB-CD", "ABCU", "ABCI", "ABCO", "ABCL", "AB D")) {
      assertThatThrownBy(() -> new VoucherCode(bad))
          .as("'%s'", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void exceptionMessageDoesNotEchoTheInput_C2() {
    assertThatThrownBy(() -> new VoucherCode("7KQM2F9XA0C4MPQR5TZu"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("7KQM2F9X");
  }

  @Test
  void equalityIsByCanonicalValue() {
    assertThat(new VoucherCode("7KQM2F9X")).isEqualTo(new VoucherCode("7KQM2F9X"));
    assertThat(new VoucherCode("7KQM2F9X")).isNotEqualTo(new VoucherCode("7KQM2F9Y"));
  }
}
