// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Exhaustive proof of the check symbol construction (rule C-3). */
class CheckSymbolTest {

  private static final int N = 32;

  /** Reference GF(32) product: carry-less multiplication, then polynomial long division. */
  private static int referenceMultiply(int left, int right) {
    int product = 0;
    for (int bit = 0; bit < 5; bit++) {
      if ((right >> bit & 1) == 1) {
        product ^= left << bit;
      }
    }
    int modulus = 0b100101; // x^5 + x^2 + 1
    for (int degree = 8; degree >= 5; degree--) {
      if ((product >> degree & 1) == 1) {
        product ^= modulus << (degree - 5);
      }
    }
    return product;
  }

  @Test
  void reductionPolynomialIsIrreducibleSoEveryNonZeroElementIsInvertible_C3() {
    // x^5 + x^2 + 1 has no factor of degree 1 or 2 iff GF(2)[x]/(p) has no zero divisors.
    for (int a = 1; a < N; a++) {
      int inverses = 0;
      for (int b = 1; b < N; b++) {
        assertThat(referenceMultiply(a, b)).as("%d * %d", a, b).isNotZero();
        if (referenceMultiply(a, b) == 1) {
          inverses++;
        }
      }
      assertThat(inverses).as("inverses of %d", a).isEqualTo(1);
    }
  }

  @Test
  void fieldMultiplicationMatchesTheReferenceForAllPairs_C3() {
    for (int a = 0; a < N; a++) {
      for (int b = 0; b < N; b++) {
        assertThat(CheckSymbol.multiply(a, b)).as("%d * %d", a, b).isEqualTo(referenceMultiply(a, b));
      }
    }
  }

  @Test
  void tableIsXTimesRowPlusColumn_C3() {
    for (int c = 0; c < N; c++) {
      for (int d = 0; d < N; d++) {
        assertThat(CheckSymbol.step(c, d)).isEqualTo(referenceMultiply(2, c) ^ d);
      }
    }
  }

  @Test
  void tableIsAQuasigroupEveryRowAndColumnIsAPermutation_C3() {
    for (int fixed = 0; fixed < N; fixed++) {
      boolean[] inRow = new boolean[N];
      boolean[] inColumn = new boolean[N];
      for (int other = 0; other < N; other++) {
        int rowEntry = CheckSymbol.step(fixed, other);
        int columnEntry = CheckSymbol.step(other, fixed);
        assertThat(rowEntry).isBetween(0, N - 1);
        assertThat(columnEntry).isBetween(0, N - 1);
        assertThat(inRow[rowEntry]).as("row %d repeats %d", fixed, rowEntry).isFalse();
        assertThat(inColumn[columnEntry]).as("column %d repeats %d", fixed, columnEntry).isFalse();
        inRow[rowEntry] = true;
        inColumn[columnEntry] = true;
      }
    }
  }

  @Test
  void tableIsTotallyAntiSymmetricForAllInterimsAndPairs_C3() {
    int checked = 0;
    for (int c = 0; c < N; c++) {
      for (int x = 0; x < N; x++) {
        for (int y = 0; y < N; y++) {
          boolean equal =
              CheckSymbol.step(CheckSymbol.step(c, x), y) == CheckSymbol.step(CheckSymbol.step(c, y), x);
          if (equal != (x == y)) {
            throw new AssertionError("not anti-symmetric for c=" + c + " x=" + x + " y=" + y);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(N * N * N);
  }

  @Test
  void checkValueIsTheUniqueSymbolBringingTheInterimToZero_C3() {
    for (int c = 0; c < N; c++) {
      int zeros = 0;
      for (int k = 0; k < N; k++) {
        if (CheckSymbol.step(c, k) == 0) {
          zeros++;
          assertThat(CheckSymbol.checkValue(c)).isEqualTo(k);
        }
      }
      assertThat(zeros).isEqualTo(1);
    }
  }

  @Test
  void everySubstitutionAndAdjacentTranspositionIsDetectedAtEveryInterimExhaustively_C3() {
    // For a sequence "x y k" whose check k ends at 0 from any interim c, altering x, y or k, or
    // swapping (x,y) or (y,k), must not end at 0. Covers every local situation of a real code.
    for (int c = 0; c < N; c++) {
      for (int x = 0; x < N; x++) {
        for (int y = 0; y < N; y++) {
          int k = CheckSymbol.checkValue(CheckSymbol.step(CheckSymbol.step(c, x), y));
          assertThat(run(c, x, y, k)).isZero();
          for (int other = 0; other < N; other++) {
            if (other != x && run(c, other, y, k) == 0
                || other != y && run(c, x, other, k) == 0
                || other != k && run(c, x, y, other) == 0) {
              throw new AssertionError("substitution undetected c=" + c + " x=" + x + " y=" + y);
            }
          }
          if (x != y && run(c, y, x, k) == 0 || y != k && run(c, x, k, y) == 0) {
            throw new AssertionError("transposition undetected c=" + c + " x=" + x + " y=" + y);
          }
        }
      }
    }
  }

  private static int run(int interim, int... values) {
    int result = interim;
    for (int value : values) {
      result = CheckSymbol.step(result, value);
    }
    return result;
  }

  @Test
  void computesHandDerivedCheckSymbols_C3() {
    // interim 0 -> check 2*0 = 0
    assertThat(CheckSymbol.compute("")).isEqualTo('0');
    assertThat(CheckSymbol.compute("0")).isEqualTo('0');
    // '1': interim 2*0+1 = 1 -> check 2*1 = 2
    assertThat(CheckSymbol.compute("1")).isEqualTo('2');
    // 'G' = 16 = x^4: interim 16 -> check x^5 = x^2 + 1 = 5
    assertThat(CheckSymbol.compute("G")).isEqualTo('5');
    // "10": interim 1, then 2*1+0 = 2 -> check 2*2 = 4
    assertThat(CheckSymbol.compute("10")).isEqualTo('4');
    assertThat(CheckSymbol.verify("12")).isTrue();
    assertThat(CheckSymbol.verify("104")).isTrue();
    assertThat(CheckSymbol.verify("G5")).isTrue();
    assertThat(CheckSymbol.verify("13")).isFalse();
    assertThat(CheckSymbol.verify("140")).isFalse();
  }

  @Test
  void verifyRejectsEmptyAndNonCanonicalInputAndComputeRefusesIt() {
    assertThat(CheckSymbol.verify("")).isFalse();
    assertThat(CheckSymbol.verify("1-2")).isFalse();
    assertThat(CheckSymbol.verify("a")).isFalse();
    assertThatThrownBy(() -> CheckSymbol.compute("AU")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckSymbol.compute("ab")).isInstanceOf(IllegalArgumentException.class);
  }
}
