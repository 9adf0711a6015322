// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.Crockford;

/**
 * The check symbol of rule C-3: a Damm-style check over the 32 Crockford symbols that detects
 * <em>every</em> single-symbol substitution and <em>every</em> adjacent transposition, including the
 * transposition of the last data symbol with the check symbol itself.
 *
 * <h2>Construction</h2>
 *
 * <p>Symbols are read as elements of the finite field GF(32) = GF(2)[x]/(x<sup>5</sup> + x
 * <sup>2</sup> + 1): a symbol's 5-bit value holds the coefficients of a polynomial of degree below
 * 5, addition is XOR and multiplication is polynomial multiplication reduced by the irreducible
 * x<sup>5</sup> + x<sup>2</sup> + 1. On these 32 elements we define the operation
 *
 * <pre>    c ∘ d = a·c + d      with a = x (the element 2)</pre>
 *
 * <p>and precompute it as a 32 × 32 table. Processing symbols d<sub>1</sub> … d<sub>n</sub> starts
 * at interim 0 and sets interim := interim ∘ d<sub>i</sub>. The check symbol is the unique k with
 * interim ∘ k = 0, namely k = a·interim; a sequence verifies when processing all of it, check symbol
 * last, ends at 0.
 *
 * <h2>Why every error of those two kinds is detected</h2>
 *
 * <ul>
 *   <li><b>Quasigroup.</b> For fixed c, d ↦ c ∘ d = a·c + d is a permutation (adding a constant);
 *       for fixed d, c ↦ a·c + d is a permutation because a ≠ 0 is invertible. So every row and
 *       column of the table is a permutation (a Latin square).
 *   <li><b>Single substitution.</b> Changing one symbol d to d' ≠ d at any position (check symbol
 *       included) changes the interim right after it, because c ↦ c ∘ d is injective in d. Every
 *       later step c ↦ c ∘ d<sub>j</sub> is injective in c, so the final interim differs from the
 *       correct final value 0 and verification fails.
 *   <li><b>Adjacent transposition.</b> The operation is <em>totally anti-symmetric</em>: (c ∘ x) ∘ y
 *       = a²c + a·x + y and (c ∘ y) ∘ x = a²c + a·y + x are equal only if (a + 1)(x + y) = 0. Since
 *       a ≠ 1, a + 1 ≠ 0, and a field has no zero divisors, so x + y = 0, i.e. x = y. Swapping two
 *       different neighbours therefore changes the interim after the pair, and by injectivity the
 *       final result. The check symbol is just the last element of the verified sequence, so the
 *       pair (last data symbol, check symbol) is covered like any other pair.
 * </ul>
 *
 * <p>Both properties are verified exhaustively over the whole table by the tests. Other errors
 * (e.g. two substitutions) are detected with probability about 31/32.
 */
public final class CheckSymbol {

  /** The irreducible reduction polynomial x^5 + x^2 + 1, as bits. */
  static final int POLYNOMIAL = 0b100101;

  /** The multiplier a = x; any field element other than 0 and 1 would do. */
  static final int MULTIPLIER = 2;

  /** The 32 × 32 operation table, row-major: {@code TABLE[(c << 5) | d] = c ∘ d}. */
  private static final byte[] TABLE = new byte[Crockford.RADIX * Crockford.RADIX];

  static {
    for (int c = 0; c < Crockford.RADIX; c++) {
      int ac = multiply(MULTIPLIER, c);
      for (int d = 0; d < Crockford.RADIX; d++) {
        TABLE[(c << 5) | d] = (byte) (ac ^ d);
      }
    }
  }

  private CheckSymbol() {}

  /**
   * Multiplies two elements of GF(32) (shift-and-add, reducing by {@link #POLYNOMIAL}).
   *
   * @param left a 5-bit value
   * @param right a 5-bit value
   * @return the 5-bit product
   */
  static int multiply(int left, int right) {
    int product = 0;
    int a = left;
    int b = right;
    while (b != 0) {
      if ((b & 1) != 0) {
        product ^= a;
      }
      b >>>= 1;
      a <<= 1;
      if ((a & 0b100000) != 0) {
        a ^= POLYNOMIAL;
      }
    }
    return product;
  }

  /**
   * One step of the check: the table entry {@code interim ∘ value}.
   *
   * @param interim the current interim value, 0–31
   * @param value the next symbol value, 0–31
   * @return the next interim value, 0–31
   */
  static int step(int interim, int value) {
    return TABLE[(interim << 5) | value];
  }

  /**
   * The check value that brings {@code interim} to 0, i.e. the unique k with {@code interim ∘ k =
   * 0}.
   *
   * @param interim the interim value after all data symbols, 0–31
   * @return the check symbol's value, 0–31
   */
  static int checkValue(int interim) {
    return TABLE[interim << 5];
  }

  /**
   * Computes the check symbol for canonical symbols.
   *
   * @param canonicalSymbols the data symbols (prefix and random symbols), all canonical
   * @return the canonical check symbol to append
   * @throws IllegalArgumentException if a character is not a canonical symbol
   */
  public static char compute(CharSequence canonicalSymbols) {
    int interim = 0;
    for (int i = 0, n = canonicalSymbols.length(); i < n; i++) {
      int value = Crockford.valueOf(canonicalSymbols.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException(
            "character at position " + (i + 1) + " is not a canonical Crockford symbol");
      }
      interim = step(interim, value);
    }
    return Crockford.symbolOf(checkValue(interim));
  }

  /**
   * Verifies canonical symbols whose last symbol is the check symbol.
   *
   * @param canonicalSymbolsWithCheckLast data symbols followed by their check symbol
   * @return {@code true} if the check symbol matches; {@code false} if it does not, if the input is
   *     empty, or if it contains a character that is not a canonical symbol
   */
  public static boolean verify(CharSequence canonicalSymbolsWithCheckLast) {
    int n = canonicalSymbolsWithCheckLast.length();
    if (n == 0) {
      return false;
    }
    int interim = 0;
    for (int i = 0; i < n; i++) {
      int value = Crockford.valueOf(canonicalSymbolsWithCheckLast.charAt(i));
      if (value < 0) {
        return false;
      }
      interim = step(interim, value);
    }
    return interim == 0;
  }
}
