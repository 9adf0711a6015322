// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Objects;

/**
 * Why typed input is not a valid voucher code. This is a value returned by parsing, not an
 * exception.
 *
 * <p>The message is meant for people (support staff, the customer). It never repeats the code that
 * was typed, because codes are secrets; it may name a position and the offending character.
 *
 * @param kind what went wrong
 * @param message a human-readable explanation that does not contain the typed code
 */
public record CodeProblem(Kind kind, String message) {

  /** The categories of problems found while normalising and parsing a code. */
  public enum Kind {
    /** Nothing but separators (or nothing at all) was given. */
    EMPTY,
    /** A character is not a Crockford symbol, separator or accepted look-alike (rule C-4). */
    INVALID_CHARACTER,
    /** The number of symbols does not match the programme's code format. */
    WRONG_LENGTH,
    /** The code does not start with the programme's prefix. */
    WRONG_PREFIX,
    /** The check symbol does not match, so the code was mistyped (rule C-3). */
    CHECK_SYMBOL_MISMATCH
  }

  /**
   * Creates a problem.
   *
   * @param kind what went wrong
   * @param message a human-readable explanation that does not contain the typed code
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public CodeProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /** Nothing but separators was entered. */
  static CodeProblem empty() {
    return new CodeProblem(Kind.EMPTY, "No code was entered.");
  }

  /** A character that is not accepted, with its 1-based position in the input. */
  static CodeProblem invalidCharacter(int codePoint, int position) {
    return new CodeProblem(
        Kind.INVALID_CHARACTER,
        "Character "
            + describe(codePoint)
            + " at position "
            + position
            + " is not allowed in a code; use the digits 0-9 and letters other than U.");
  }

  /** The number of canonical symbols differs from the format's length. */
  public static CodeProblem wrongLength(int expected, int actual) {
    return new CodeProblem(
        Kind.WRONG_LENGTH,
        "A code has "
            + expected
            + " symbols (ignoring hyphens and spaces) but "
            + actual
            + " were entered.");
  }

  /** The input does not start with the programme prefix (which is not secret). */
  public static CodeProblem wrongPrefix(String expectedPrefix) {
    return new CodeProblem(
        Kind.WRONG_PREFIX, "Codes of this programme start with " + expectedPrefix + "-.");
  }

  /** The check symbol does not match. */
  public static CodeProblem checkSymbolMismatch() {
    return new CodeProblem(
        Kind.CHECK_SYMBOL_MISMATCH,
        "The code contains a typing error (its check symbol does not match); please check it.");
  }

  private static String describe(int codePoint) {
    String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
    String unicode = "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
    if (Character.isISOControl(codePoint)
        || Character.isWhitespace(codePoint)
        || !Character.isDefined(codePoint)) {
      return unicode;
    }
    return "'" + new String(Character.toChars(codePoint)) + "' (" + unicode + ")";
  }
}
