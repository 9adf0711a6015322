// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import io.vavr.control.Either;
import java.util.Arrays;

/**
 * Crockford base32: the 32 symbols {@value #ALPHABET} (no {@code I}, {@code L}, {@code O} or
 * {@code U}), their 5-bit values, and the normalisation of typed input (rule C-4).
 *
 * <p>A symbol's value is its index in {@link #ALPHABET}, so {@code '0'} is 0 and {@code 'Z'} is 31.
 * The <em>canonical</em> symbols are exactly the 32 upper-case characters of the alphabet.
 */
public final class Crockford {

  /** The 32 canonical symbols in value order: digits, then letters without I, L, O and U. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** Number of symbols in the alphabet. */
  public static final int RADIX = 32;

  /** Symbol value by ASCII character, -1 for characters that are not canonical symbols. */
  private static final byte[] VALUES = new byte[128];

  /** Canonical symbol by value. */
  private static final char[] SYMBOLS = ALPHABET.toCharArray();

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int value = 0; value < SYMBOLS.length; value++) {
      VALUES[SYMBOLS[value]] = (byte) value;
    }
  }

  private Crockford() {}

  /**
   * Returns the 5-bit value of a canonical symbol.
   *
   * @param symbol a character
   * @return the value 0–31 if {@code symbol} is one of the 32 canonical (upper-case) symbols of
   *     {@link #ALPHABET}; {@code -1} for every other character, including lower case, {@code I},
   *     {@code L}, {@code O}, {@code U} and hyphens (use {@link #normalise(CharSequence)} first for
   *     typed input)
   */
  public static int valueOf(char symbol) {
    return symbol < VALUES.length ? VALUES[symbol] : -1;
  }

  /**
   * Returns the canonical symbol of a 5-bit value.
   *
   * @param value a value from 0 to 31
   * @return the symbol of {@link #ALPHABET} at index {@code value}
   * @throws IllegalArgumentException if {@code value} is outside 0–31
   */
  public static char symbolOf(int value) {
    if (value < 0 || value >= RADIX) {
      throw new IllegalArgumentException("symbol value must be within 0..31 but was " + value);
    }
    return SYMBOLS[value];
  }

  /**
   * Normalises typed input to canonical symbols (rule C-4).
   *
   * <p>ASCII letters are upper-cased; hyphens, spaces and tabs are removed; {@code I} and {@code L}
   * become {@code 1} and {@code O} becomes {@code 0}. Any other character, including {@code U} and
   * all non-ASCII characters, is rejected. This performs no lookup and has no side effect.
   *
   * @param raw the input as typed
   * @return the canonical symbols, or a {@link CodeProblem} of kind {@link CodeProblem.Kind#EMPTY}
   *     if nothing but separators was given, or {@link CodeProblem.Kind#INVALID_CHARACTER} naming
   *     the first offending character and its 1-based position in {@code raw}
   */
  public static Either<CodeProblem, String> normalise(CharSequence raw) {
    int length = raw.length();
    char[] out = new char[length];
    int size = 0;
    for (int i = 0; i < length; i++) {
      char c = raw.charAt(i);
      if (c == '-' || c == ' ' || c == '\t') {
        continue;
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
      char mapped =
          switch (upper) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> upper;
          };
      if (valueOf(mapped) < 0) {
        return Either.left(CodeProblem.invalidCharacter(Character.codePointAt(raw, i), i + 1));
      }
      out[size++] = mapped;
    }
    if (size == 0) {
      return Either.left(CodeProblem.empty());
    }
    return Either.right(new String(out, 0, size));
  }
}
