// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CodeProblem;
import org.junit.jupiter.api.Test;

/**
 * M-1, L-4: the edges of a declared import format: its length and alphabet size are inclusive
 * ranges, its alphabet holds ASCII letters and digits only (upper case when case does not
 * matter), each violation names the position counted from one, and typed input is copied only
 * as far as a wrong length needs.
 */
class ImportFormatBoundsTest {
  private static final String ALNUM =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  @Test
  void theLengthIsSixToSixtyFourInclusive_M1_L4() {
    assertThat(ImportFormat.of("x", "AB", 6, false).isValid()).isTrue();
    assertThat(ImportFormat.of("x", "AB", 64, false).isValid()).isTrue();
    assertThat(ImportFormat.of("x", "AB", 5, false).getError())
        .containsExactly("the length must be 6 to 64, not 5");
    assertThat(ImportFormat.of("x", "AB", 65, false).getError())
        .containsExactly("the length must be 6 to 64, not 65");
  }

  @Test
  void theAlphabetHasTwoToSixtyTwoSymbols_M1_L4() {
    assertThat(ImportFormat.of("x", "AB", 6, false).isValid()).isTrue();
    assertThat(ALNUM).hasSize(62);
    assertThat(ImportFormat.of("x", ALNUM, 6, true).isValid()).isTrue();
    assertThat(ImportFormat.of("x", "A", 6, false).getError())
        .containsExactly("the alphabet must have 2 to 62 symbols, not 1");
    assertThat(ImportFormat.of("x", ALNUM + "A", 6, true).getError())
        .containsExactly("the alphabet must have 2 to 62 symbols, not 63",
            "the alphabet repeats 'A'");
  }

  @Test
  void theFirstAndLastDigitAndLetterOfEachRangeAreSymbols_M1() {
    assertThat(ImportFormat.of("x", "09AZaz", 6, true).isValid()).isTrue();
    assertThat(ImportFormat.of("x", "09AZ", 6, false).isValid()).isTrue();
  }

  @Test
  void theCharactersNextToEachRangeAreNotAndThePositionIsCountedFromOne_M1_L4() {
    for (char outside : "/:@[`{".toCharArray()) {
      assertThat(ImportFormat.of("x", "AB" + outside, 6, true).getError())
          .as("'%s'", outside)
          .containsExactly(
              "the alphabet may only contain ASCII letters and digits; position 3 is not one");
    }
  }

  @Test
  void aCaseInsensitiveAlphabetNamesEachLowerCaseLetterFromAToZ_M1_L4() {
    for (char lower : "az".toCharArray()) {
      assertThat(ImportFormat.of("x", "AB" + lower, 6, false).getError())
          .as("'%s'", lower)
          .containsExactly(
              "a case-insensitive alphabet lists its letters in upper case; position 3 is lower case");
    }
  }

  @Test
  void aSymbolOutsideTheAlphabetIsNamedByItsPositionInTheInputCountedFromOne_M1_C4() {
    ImportFormat legacy = new ImportFormat("legacy", "ABCD1234", 8, false);
    assertThat(legacy.parse("AB-$1234").getLeft().message())
        .isEqualTo("Character 4 is not one of the symbols of the imported format legacy.");
    assertThat(legacy.parse("$").getLeft().message()).startsWith("Character 1 ");
  }

  @Test
  void oneSymbolTooManyForTheLongestFormatIsAWrongLength_M1_L4() {
    ImportFormat longest = new ImportFormat("longest", "AB", ImportFormat.MAX_LENGTH, false);
    assertThat(longest.parse("A".repeat(64)).get().reveal()).hasSize(64);
    CodeProblem oneMore = longest.parse("A".repeat(65)).getLeft();
    assertThat(oneMore.kind()).isEqualTo(CodeProblem.Kind.WRONG_LENGTH);
    assertThat(oneMore.message()).contains("64 symbols").contains("but 65 were entered");
    // L-4: an endless input is copied no further than one symbol past the longest length
    assertThat(longest.parse("A".repeat(10_000)).getLeft().message()).contains("but 65 were entered");
  }

  @Test
  void aFormatDescribesItselfWithItsCaseRule_M1() {
    assertThat(new ImportFormat("legacy", "ABC", 8, false))
        .hasToString("ImportFormat[legacy, 8 of ABC]");
    assertThat(new ImportFormat("cased", "abcABC", 6, true))
        .hasToString("ImportFormat[cased, 6 of abcABC, case-sensitive]");
  }

  @Test
  void anImportedCodeIsFoundUnderEveryKeyOfTheRingCurrentFirst_M1_G4() {
    CodeKeyRing before = CodeKeyRing.of(CodeVault.randomKey(CodeKey.INITIAL));
    CodeVault old = CodeVault.of(before);
    CodeVault rotated = CodeVault.of(before.rotatedTo(CodeVault.randomKey("k2")));
    ImportedCode code = new ImportFormat("legacy", "ABCD1234", 8, false).parse("ABCD-1234").get();

    assertThat(rotated.digests(code))
        .containsExactly(rotated.digest(code), old.digest(code))
        .doesNotHaveDuplicates();
    assertThat(old.digests(code)).containsExactly(old.digest(code));
  }
}
