// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.CodeProblem;
import dev.vouchers.core.kernel.Crockford;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The format of a programme's voucher codes (rule C-3): an optional prefix, the number of random
 * symbols, how the symbols are grouped with hyphens for display, and whether a {@linkplain
 * CheckSymbol check symbol} is appended.
 *
 * <p>Displayed codes look like {@code PREFIX-7KQM-2F9X-…}: the prefix (if any) followed by a
 * hyphen, then the random symbols and the check symbol split into {@link #groups()}. The check
 * symbol covers the prefix and the random symbols.
 *
 * <p>The canonical constructor rejects an invalid format with an exception (a broken invariant);
 * use {@link #of(String, int, List, boolean)} to obtain all violations as values.
 *
 * @param prefix canonical Crockford symbols shown before the first group; may be empty
 * @param randomSymbols number of random symbols, each carrying 5 random bits; at least {@value
 *     #MIN_RANDOM_SYMBOLS} (so at least {@value #MIN_RANDOM_BITS} bits, rule C-2) and at most
 *     {@value #MAX_RANDOM_SYMBOLS}
 * @param groups sizes of the hyphen-separated groups over the random symbols plus the check symbol
 *     (if any); each at least 1, summing to {@code randomSymbols + (checkSymbol ? 1 : 0)}
 * @param checkSymbol whether a check symbol is appended
 */
public record CodeFormat(
    String prefix, int randomSymbols, List<Integer> groups, boolean checkSymbol) {

  /** The minimum number of random bits per code (rule C-2). */
  public static final int MIN_RANDOM_BITS = 80;

  /** Random bits carried by one Crockford symbol. */
  public static final int BITS_PER_SYMBOL = 5;

  /** The minimum number of random symbols, {@code MIN_RANDOM_BITS / BITS_PER_SYMBOL}. */
  public static final int MIN_RANDOM_SYMBOLS = 16;

  /** The maximum number of random symbols (320 bits). */
  public static final int MAX_RANDOM_SYMBOLS = 64;

  /** L-4: the longest prefix. */
  public static final int MAX_PREFIX_LENGTH = 16;

  private static final CodeFormat DEFAULTS = new CodeFormat("", 19, List.of(4, 4, 4, 4, 4), true);

  /**
   * Creates a format, rejecting any violation of the rules listed on {@link #of(String, int, List,
   * boolean)}.
   *
   * @param prefix canonical Crockford symbols; may be empty
   * @param randomSymbols number of random symbols
   * @param groups group sizes; copied
   * @param checkSymbol whether a check symbol is appended
   * @throws IllegalArgumentException listing all violations, if there are any
   */
  public CodeFormat {
    List<String> violations = violations(prefix, randomSymbols, groups, checkSymbol);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid code format: " + String.join("; ", violations));
    }
    groups = List.copyOf(groups);
  }

  /**
   * The default format: no prefix, 19 random symbols (95 bits) and a check symbol, displayed as
   * five groups of four, e.g. {@code 7KQM-2F9X-A0C4-MPQR-5TZ8}.
   *
   * @return the default format
   */
  public static CodeFormat defaults() {
    return DEFAULTS;
  }

  /**
   * Validates and creates a format, accumulating every violation:
   *
   * <ul>
   *   <li>fewer than {@value #MIN_RANDOM_BITS} random bits, i.e. {@code 5 × randomSymbols < 80}
   *       (rule C-2);
   *   <li>more than {@value #MAX_RANDOM_SYMBOLS} random symbols;
   *   <li>group sizes not summing to {@code randomSymbols + (checkSymbol ? 1 : 0)};
   *   <li>a group size below 1;
   *   <li>a prefix containing anything but canonical Crockford symbols.
   * </ul>
   *
   * @param prefix canonical Crockford symbols; may be empty
   * @param randomSymbols number of random symbols
   * @param groups group sizes
   * @param checkSymbol whether a check symbol is appended
   * @return the format, or one human-readable message per violation
   */
  public static Validation<Seq<String>, CodeFormat> of(
      String prefix, int randomSymbols, List<Integer> groups, boolean checkSymbol) {
    List<String> violations = violations(prefix, randomSymbols, groups, checkSymbol);
    if (!violations.isEmpty()) {
      return Validation.invalid(Vector.ofAll(violations));
    }
    return Validation.valid(new CodeFormat(prefix, randomSymbols, groups, checkSymbol));
  }

  private static List<String> violations(
      String prefix, int randomSymbols, List<Integer> groups, boolean checkSymbol) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(groups, "groups");
    List<String> violations = new ArrayList<>();
    long bits = (long) randomSymbols * BITS_PER_SYMBOL;
    if (bits < MIN_RANDOM_BITS) {
      violations.add(
          "codes need at least "
              + MIN_RANDOM_BITS
              + " random bits (C-2), i.e. at least "
              + MIN_RANDOM_SYMBOLS
              + " random symbols, but "
              + randomSymbols
              + " symbols give "
              + bits);
    }
    if (randomSymbols > MAX_RANDOM_SYMBOLS) {
      violations.add(
          "at most "
              + MAX_RANDOM_SYMBOLS
              + " random symbols are supported, but "
              + randomSymbols
              + " were requested");
    }
    if (groups.size() > MAX_RANDOM_SYMBOLS + 1) {
      violations.add("at most " + (MAX_RANDOM_SYMBOLS + 1) + " groups are possible, but "
          + groups.size() + " were given");
      return violations;
    }
    long sum = 0;
    List<String> tooSmall = new ArrayList<>();
    int index = 0;
    for (Integer size : groups) {
      index++;
      if (size == null || size < 1) {
        tooSmall.add("group " + index + " has size " + size);
      }
      if (size != null) {
        sum += size;
      }
    }
    if (!tooSmall.isEmpty()) {
      violations.add("every group needs at least 1 symbol, but " + String.join(", ", tooSmall));
    }
    long expected = (long) randomSymbols + (checkSymbol ? 1 : 0);
    if (sum != expected) {
      violations.add(
          "group sizes must sum to "
              + expected
              + " (random symbols"
              + (checkSymbol ? " plus check symbol" : "")
              + ") but sum to "
              + sum);
    }
    if (prefix.length() > MAX_PREFIX_LENGTH) {
      violations.add("the prefix has at most " + MAX_PREFIX_LENGTH + " symbols, but has "
          + prefix.length());
    } else {
      List<String> badPrefix = new ArrayList<>();
      for (int i = 0; i < prefix.length(); i++) {
        char c = prefix.charAt(i);
        if (Crockford.valueOf(c) < 0) {
          badPrefix.add((Character.isISOControl(c) || Character.isSurrogate(c)
              ? String.format("U+%04X", (int) c) : "'" + c + "'") + " at position " + (i + 1));
        }
      }
      if (!badPrefix.isEmpty()) {
        violations.add(
            "the prefix may only contain the canonical symbols "
                + Crockford.ALPHABET
                + " but has "
                + String.join(", ", badPrefix));
      }
    }
    return violations;
  }

  /**
   * Returns the number of random bits per code.
   *
   * @return {@code 5 × randomSymbols}
   */
  public int randomBits() {
    return randomSymbols * BITS_PER_SYMBOL;
  }

  /**
   * Returns the number of canonical symbols of a code, without hyphens.
   *
   * @return prefix length plus random symbols plus 1 if there is a check symbol
   */
  public int length() {
    return prefix.length() + randomSymbols + (checkSymbol ? 1 : 0);
  }

  /**
   * Returns the number of distinct codes this format allows.
   *
   * @return 32<sup>randomSymbols</sup>
   */
  public BigInteger capacity() {
    return BigInteger.ONE.shiftLeft(randomBits());
  }

  /**
   * Assesses whether this format suffices for an order, accepting a collision probability of at
   * most {@link CapacityAssessment#DEFAULT_MAX_COLLISION_PROBABILITY}.
   *
   * @param alreadyIssued codes of this format already issued, not negative
   * @param requested codes to generate, not negative
   * @return the assessment; see {@link CapacityAssessment#evaluate}
   * @throws IllegalArgumentException if a count is negative
   */
  public CapacityAssessment assess(long alreadyIssued, long requested) {
    return assess(alreadyIssued, requested, CapacityAssessment.DEFAULT_MAX_COLLISION_PROBABILITY);
  }

  /**
   * Assesses whether this format suffices for an order.
   *
   * @param alreadyIssued codes of this format already issued, not negative
   * @param requested codes to generate, not negative
   * @param maxCollisionProbability the largest acceptable collision probability, from 0 to 1
   * @return the assessment; see {@link CapacityAssessment#evaluate}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public CapacityAssessment assess(
      long alreadyIssued, long requested, BigDecimal maxCollisionProbability) {
    return CapacityAssessment.evaluate(
        capacity(), alreadyIssued, requested, maxCollisionProbability);
  }

  /**
   * Parses typed input into a code of this format, without touching storage (rule C-4).
   *
   * <p>The input is {@linkplain Crockford#normalise(CharSequence) normalised}; then the prefix, the
   * length and the check symbol are checked in this order.
   *
   * @param raw the input as typed
   * @return the code, or the first problem found ({@link CodeProblem.Kind#EMPTY}, {@link
   *     CodeProblem.Kind#INVALID_CHARACTER}, {@link CodeProblem.Kind#WRONG_PREFIX}, {@link
   *     CodeProblem.Kind#WRONG_LENGTH} or {@link CodeProblem.Kind#CHECK_SYMBOL_MISMATCH})
   */
  public Either<CodeProblem, VoucherCode> parse(CharSequence raw) {
    return Crockford.normalise(raw).flatMap(this::parseCanonical);
  }

  private Either<CodeProblem, VoucherCode> parseCanonical(String symbols) {
    if (!symbols.startsWith(prefix)) {
      return Either.left(CodeProblem.wrongPrefix(prefix));
    }
    if (symbols.length() != length()) {
      return Either.left(CodeProblem.wrongLength(length(), symbols.length()));
    }
    if (checkSymbol && !CheckSymbol.verify(symbols)) {
      return Either.left(CodeProblem.checkSymbolMismatch());
    }
    return Either.right(new VoucherCode(symbols));
  }

  /**
   * Returns the display form of a code: the prefix and a hyphen (if there is a prefix), then the
   * remaining symbols split into {@link #groups()} joined by hyphens.
   *
   * @param code a code of this format
   * @return the hyphenated display form
   * @throws IllegalArgumentException if the code's length or prefix does not match this format
   */
  public String format(VoucherCode code) {
    String symbols = code.reveal();
    if (symbols.length() != length() || !symbols.startsWith(prefix)) {
      throw new IllegalArgumentException("the code does not have this format");
    }
    return grouped(symbols);
  }

  /**
   * The display form of {@code symbols} if they are a code of this format as {@link #parse}
   * gives it back unchanged (canonical symbols, this prefix and length, a matching check
   * symbol), without parsing them again: how a stored code is shown (S-1), a million times in
   * an export; empty for anything else, such as an imported code of another format (M-1).
   *
   * @param symbols opened symbols of a stored code
   * @return the hyphenated display form, or empty if they are not a code of this format
   */
  public Optional<String> displayed(String symbols) {
    if (symbols.length() != length() || !symbols.startsWith(prefix)) {
      return Optional.empty();
    }
    if (checkSymbol) {
      // verify reads every symbol's value: a non-canonical one fails it
      return CheckSymbol.verify(symbols) ? Optional.of(grouped(symbols)) : Optional.empty();
    }
    for (int i = 0; i < symbols.length(); i++) {
      if (Crockford.valueOf(symbols.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(grouped(symbols));
  }

  private String grouped(String symbols) {
    int prefixLength = prefix.length();
    int separators = groups.size() - 1 + (prefixLength > 0 ? 1 : 0);
    char[] out = new char[symbols.length() + separators];
    int at = 0;
    symbols.getChars(0, prefixLength, out, 0);
    at += prefixLength;
    if (prefixLength > 0) {
      out[at++] = '-';
    }
    int from = prefixLength;
    for (int g = 0; g < groups.size(); g++) {
      if (g > 0) {
        out[at++] = '-';
      }
      int size = groups.get(g);
      symbols.getChars(from, from + size, out, at);
      from += size;
      at += size;
    }
    return new String(out);
  }

}
