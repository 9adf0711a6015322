// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Crockford alphabet and input normalisation (rules C-3, C-4). */
class CrockfordTest {

  @Test
  void alphabetHas32DistinctSymbolsWithoutILOU_C3() {
    assertThat(Crockford.ALPHABET).isEqualTo("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    Set<Character> distinct = new HashSet<>();
    for (char c : Crockford.ALPHABET.toCharArray()) {
      distinct.add(c);
    }
    assertThat(distinct).hasSize(32).doesNotContain('I', 'L', 'O', 'U');
  }

  @Test
  void valueOfAndSymbolOfAreInverse_C3() {
    for (int value = 0; value < 32; value++) {
      char symbol = Crockford.symbolOf(value);
      assertThat(symbol).isEqualTo(Crockford.ALPHABET.charAt(value));
      assertThat(Crockford.valueOf(symbol)).isEqualTo(value);
    }
  }

  @Test
  void valueOfIsMinusOneForEveryNonCanonicalCharacter_C3() {
    int canonical = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int value = Crockford.valueOf(c);
      if (Crockford.ALPHABET.indexOf(c) >= 0) {
        canonical++;
      } else {
        assertThat(value).as("char %d", (int) c).isEqualTo(-1);
      }
    }
    assertThat(canonical).isEqualTo(32);
    assertThat(Crockford.valueOf('a')).isEqualTo(-1);
    assertThat(Crockford.valueOf('U')).isEqualTo(-1);
  }

  @Test
  void symbolOfRejectsValuesOutside0To31() {
    assertThatThrownBy(() -> Crockford.symbolOf(32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Crockford.symbolOf(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normaliseUppercases_C4() {
    assertThat(Crockford.normalise("7kqm2f9x")).isEqualTo(Either.right("7KQM2F9X"));
  }

  @Test
  void normaliseIgnoresHyphensSpacesAndTabs_C4() {
    assertThat(Crockford.normalise(" 7KQM-2F9X \t-ab ")).isEqualTo(Either.right("7KQM2F9XAB"));
  }

  @Test
  void normaliseMapsIAndLToOneAndOToZero_C4() {
    assertThat(Crockford.normalise("iIlL")).isEqualTo(Either.right("1111"));
    assertThat(Crockford.normalise("oO")).isEqualTo(Either.right("00"));
    assertThat(Crockford.normalise("a0O1iLz")).isEqualTo(Either.right("A0011" + "1Z"));
  }

  @Test
  void normaliseKeepsCanonicalInput_C4() {
    assertThat(Crockford.normalise(Crockford.ALPHABET)).isEqualTo(Either.right(Crockford.ALPHABET));
  }

  @Test
  void normaliseRejectsUWithItsPosition_C4() {
    CodeProblem upper = Crockford.normalise("AB-U").getLeft();
    assertThat(upper.kind()).isEqualTo(CodeProblem.Kind.INVALID_CHARACTER);
    assertThat(upper.message()).contains("'U'").contains("position 4");
    CodeProblem lower = Crockford.normalise("u").getLeft();
    assertThat(lower.kind()).isEqualTo(CodeProblem.Kind.INVALID_CHARACTER);
    assertThat(lower.message()).contains("'u'").contains("position 1");
  }

  @Test
  void normaliseRejectsOtherJunkWithItsPosition_C4() {
    for (String junk : List.of("*", "_", ".", "/", "É", "ı", "\n", "\u00A0", "😀")) {
      Either<CodeProblem, String> result = Crockford.normalise("AB" + junk + "CD");
      assertThat(result.isLeft()).as("junk %s", junk).isTrue();
      assertThat(result.getLeft().kind()).isEqualTo(CodeProblem.Kind.INVALID_CHARACTER);
      assertThat(result.getLeft().message()).contains("position 3");
    }
    assertThat(Crockford.normalise("AB*C").getLeft().message()).contains("'*'");
  }

  @Test
  void normaliseRejectsEmptyInput_C4() {
    for (String empty : List.of("", " ", "-", " -\t- ")) {
      Either<CodeProblem, String> result = Crockford.normalise(empty);
      assertThat(result.isLeft()).isTrue();
      assertThat(result.getLeft().kind()).isEqualTo(CodeProblem.Kind.EMPTY);
    }
  }
}
