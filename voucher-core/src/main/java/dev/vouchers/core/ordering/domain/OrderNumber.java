// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.Entropy;
import java.util.Optional;

/**
 * M-4: an order's short number, for people: nine digits without a leading zero, unique in the
 * store, drawn at random (not sequential, so it says nothing about how many orders there are
 * and a neighbour cannot be guessed), shown grouped as {@code 123 456 789} to be read out on the
 * phone (ADR 0048).
 *
 * @param value 100 000 000..999 999 999
 */
public record OrderNumber(long value) {

  /** The smallest number (nine digits, no leading zero). */
  public static final long MIN = 100_000_000L;
  /** The largest number. */
  public static final long MAX = 999_999_999L;
  /** How many digits a number has. */
  public static final int DIGITS = 9;
  /** L-4: the longest text {@link #parse} looks at (digits with spaces, hyphens or dots). */
  public static final int MAX_INPUT = 32;

  /** Nine digits, no leading zero (a broken invariant, so it throws). */
  public OrderNumber {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("an order number has nine digits, got " + value);
    }
  }

  /**
   * M-4: a number drawn uniformly from the whole range with the randomness of codes (C-2,
   * SecureRandom by default): rejection sampling over 32 random bits, no modulo bias.
   */
  public static OrderNumber draw(Entropy entropy) {
    long span = MAX - MIN + 1;
    long limit = (1L << 32) - ((1L << 32) % span);
    byte[] bytes = new byte[4];
    while (true) {
      entropy.fill(bytes);
      long drawn = ((bytes[0] & 0xffL) << 24) | ((bytes[1] & 0xffL) << 16)
          | ((bytes[2] & 0xffL) << 8) | (bytes[3] & 0xffL);
      if (drawn < limit) {
        return new OrderNumber(MIN + drawn % span);
      }
    }
  }

  /**
   * M-4, L-4: the number a person typed or read out: spaces, hyphens and dots between the digits
   * are ignored; anything else, another length or a leading zero is not an order number.
   */
  public static Optional<OrderNumber> parse(String text) {
    if (text.length() > MAX_INPUT) {
      return Optional.empty();
    }
    long value = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > DIGITS) {
          return Optional.empty();
        }
        value = value * 10 + (c - '0');
      } else if (c != ' ' && c != '-' && c != '.') {
        return Optional.empty();
      }
    }
    return digits == DIGITS && value >= MIN ? Optional.of(new OrderNumber(value))
        : Optional.empty();
  }

  /** M-4: for people: three groups of three digits, {@code 123 456 789}. */
  public String grouped() {
    String digits = Long.toString(value);
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  /** The nine digits. */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
