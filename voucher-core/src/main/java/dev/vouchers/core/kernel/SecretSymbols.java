// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Locale;

/**
 * C-2, G-2, I-1: the symbols of a secret token carried in a link (an activation link's, an
 * invitation's): lower-case Crockford symbols drawn from the entropy, 5 bits each. The token
 * types keep their own names and lengths; this is the one place their symbols are drawn and
 * checked.
 */
public final class SecretSymbols {
  private SecretSymbols() {}

  /**
   * Draws a token's symbols.
   *
   * @param entropy a cryptographically secure source in production (C-2)
   * @param count how many symbols
   * @return {@code count} lower-case Crockford symbols
   */
  public static String draw(Entropy entropy, int count) {
    byte[] bytes = new byte[count];
    entropy.fill(bytes);
    char[] symbols = new char[count];
    for (int i = 0; i < count; i++) {
      symbols[i] = Crockford.symbolOf(bytes[i] & 0x1f);
    }
    return new String(symbols).toLowerCase(Locale.ROOT);
  }

  /**
   * A token as presented (from a link), trimmed and lower-cased.
   *
   * @param presented what was presented
   * @return the candidate symbols, to be checked with {@link #wellFormed}
   */
  public static String normalised(String presented) {
    return presented.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a value is exactly {@code count} lower-case Crockford symbols.
   *
   * @param value the value
   * @param count the token's length
   * @return true if it can be a token of that length
   */
  public static boolean wellFormed(String value, int count) {
    if (value.length() != count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      char c = value.charAt(i);
      if (Character.isUpperCase(c) || Crockford.valueOf(Character.toUpperCase(c)) < 0) {
        return false;
      }
    }
    return true;
  }
}
