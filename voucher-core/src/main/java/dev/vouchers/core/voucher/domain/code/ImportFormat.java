// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.CodeProblem;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * M-1: the declared format of codes imported from an earlier system: a name, the alphabet of
 * their symbols, their length and whether case matters. There is no check symbol and no
 * prefix: whatever the earlier system printed is the code. Hyphens and spaces are separators
 * and never part of a code, as in the native format (C-4).
 *
 * <p>The canonical constructor rejects an invalid format with an exception (a broken invariant,
 * from configuration); use {@link #of} to obtain every violation as a value.
 *
 * @param name how the shop calls the format (letters, digits, '-', '_', 1 to 40), unique among
 *     the declared formats
 * @param alphabet the symbols a code may contain: distinct ASCII letters and digits; when
 *     {@code caseSensitive} is false, upper-case letters only (input is folded to upper case)
 * @param length the number of symbols of every code, {@value #MIN_LENGTH} to {@value
 *     #MAX_LENGTH}
 * @param caseSensitive whether {@code abc} and {@code ABC} are different codes
 */
public record ImportFormat(String name, String alphabet, int length, boolean caseSensitive) {

  /** The shortest imported code: shorter codes are too easy to guess (C-2 asks for more). */
  public static final int MIN_LENGTH = 6;

  /** The longest imported code. */
  public static final int MAX_LENGTH = 64;

  /**
   * Creates a format.
   *
   * @param name the name
   * @param alphabet the symbols
   * @param length the length
   * @param caseSensitive whether case matters
   * @throws IllegalArgumentException listing every violation, if there are any
   */
  public ImportFormat {
    List<String> violations = violations(name, alphabet, length, caseSensitive);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid import format: " + String.join("; ", violations));
    }
  }

  /**
   * Validates and creates a format, accumulating every violation.
   *
   * @param name the name
   * @param alphabet the symbols
   * @param length the length
   * @param caseSensitive whether case matters
   * @return the format, or one message per violation
   */
  public static Validation<Seq<String>, ImportFormat> of(
      String name, String alphabet, int length, boolean caseSensitive) {
    List<String> violations = violations(name, alphabet, length, caseSensitive);
    return violations.isEmpty()
        ? Validation.valid(new ImportFormat(name, alphabet, length, caseSensitive))
        : Validation.invalid(Vector.ofAll(violations));
  }

  private static List<String> violations(
      String name, String alphabet, int length, boolean caseSensitive) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alphabet, "alphabet");
    List<String> violations = new ArrayList<>();
    if (!name.matches("[A-Za-z0-9_-]{1,40}")) {
      violations.add("the name must be 1 to 40 letters, digits, '-' or '_'");
    }
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      violations.add("the length must be " + MIN_LENGTH + " to " + MAX_LENGTH + ", not " + length);
    }
    if (alphabet.length() < 2 || alphabet.length() > 62) {
      violations.add("the alphabet must have 2 to 62 symbols, not " + alphabet.length());
    }
    for (int i = 0; i < alphabet.length(); i++) {
      char c = alphabet.charAt(i);
      boolean ascii = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      if (!ascii) {
        violations.add("the alphabet may only contain ASCII letters and digits; position "
            + (i + 1) + " is not one");
      } else if (!caseSensitive && c >= 'a' && c <= 'z') {
        violations.add("a case-insensitive alphabet lists its letters in upper case; position "
            + (i + 1) + " is lower case");
      } else if (alphabet.indexOf(c) != i) {
        violations.add("the alphabet repeats '" + c + "'");
      }
    }
    return violations;
  }

  /**
   * M-1, C-4: the canonical form of typed input: separators (hyphens, spaces) dropped, folded
   * to upper case unless case matters, then checked against the alphabet and the length. The
   * problem never echoes the code.
   *
   * @param raw the input as typed or as the earlier system exported it
   * @return the code, or the first problem found
   */
  public Either<CodeProblem, ImportedCode> parse(CharSequence raw) {
    StringBuilder symbols = new StringBuilder(Math.min(raw.length(), MAX_LENGTH + 1));
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '-' || c == ' ' || c == '\t') {
        continue;
      }
      char folded = caseSensitive ? c : Character.toUpperCase(c);
      if (alphabet.indexOf(folded) < 0) {
        return Either.left(new CodeProblem(CodeProblem.Kind.INVALID_CHARACTER,
            "Character " + (i + 1) + " is not one of the symbols of the imported format "
                + name + "."));
      }
      if (symbols.length() > MAX_LENGTH) {
        break; // L-4: the length is wrong already; do not copy an endless input
      }
      symbols.append(folded);
    }
    if (symbols.isEmpty()) {
      return Either.left(new CodeProblem(CodeProblem.Kind.EMPTY, "No code was entered."));
    }
    if (symbols.length() != length) {
      return Either.left(CodeProblem.wrongLength(length, symbols.length()));
    }
    return Either.right(new ImportedCode(symbols.toString()));
  }

  @Override
  public String toString() {
    return "ImportFormat[" + name + ", " + length + " of " + alphabet
        + (caseSensitive ? ", case-sensitive" : "") + "]";
  }

}
