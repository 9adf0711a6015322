// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CodeProblem;
import org.junit.jupiter.api.Test;

/** M-1: declared import formats normalise codes by their own rules. */
class ImportFormatTest {
  private static final ImportFormat LEGACY =
      new ImportFormat("legacy", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8, false);
  private static final ImportFormat CASED = new ImportFormat("cased", "abcABC", 6, true);

  @Test
  void separatorsAreDroppedAndCaseIsFoldedUnlessItMatters_M1() {
    assertThat(LEGACY.parse("ab12-io 34").get().reveal()).isEqualTo("AB12IO34");
    assertThat(CASED.parse("abc-ABC").get().reveal()).isEqualTo("abcABC");
    assertThat(CASED.parse("ABC-abc").get().reveal()).isEqualTo("ABCabc");
  }

  @Test
  void symbolsOutsideTheAlphabetAndWrongLengthsAreProblemsThatDoNotEchoTheCode_M1_C4() {
    CodeProblem bad = LEGACY.parse("AB12$O34").getLeft();
    assertThat(bad.kind()).isEqualTo(CodeProblem.Kind.INVALID_CHARACTER);
    assertThat(bad.message()).doesNotContain("AB12");
    assertThat(LEGACY.parse("AB12IO3").getLeft().kind()).isEqualTo(CodeProblem.Kind.WRONG_LENGTH);
    assertThat(LEGACY.parse("--").getLeft().kind()).isEqualTo(CodeProblem.Kind.EMPTY);
    assertThat(CASED.parse("abcabd").getLeft().kind())
        .isEqualTo(CodeProblem.Kind.INVALID_CHARACTER);
    assertThat(LEGACY.parse("A".repeat(1_000_000)).getLeft().kind())
        .isEqualTo(CodeProblem.Kind.WRONG_LENGTH); // L-4: bounded work on endless input
  }

  @Test
  void invalidFormatsAreRefusedWithEveryViolation_M1_L4() {
    assertThat(ImportFormat.of("", "AB-a", 3, false).getError()).hasSize(4);
    assertThat(ImportFormat.of("x", "AAB", 6, true).getError())
        .containsExactly("the alphabet repeats 'A'");
    assertThatThrownBy(() -> new ImportFormat("x", "AB", 65, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anImportedCodeIsDigestedLikeANativeCodeWithTheSameSymbols_M1_C5() {
    CodeVault vault = CodeVault.withRandomKeys();
    ImportedCode imported = LEGACY.parse("ABCD2345").get();
    assertThat(vault.digest(imported)).isEqualTo(vault.digest(new VoucherCode("ABCD2345")));
    StoredCode sealed = vault.seal(LEGACY.parse("LIOU1234").get());
    assertThat(sealed.lastFour()).isEqualTo("1234");
    assertThat(vault.openSymbols(sealed)).contains("LIOU1234");
    assertThat(CodeVault.shownOnce(new byte[32]).seal(imported).retrievable()).isFalse();
    assertThat(imported.toString()).doesNotContain("ABCD");
  }
}
