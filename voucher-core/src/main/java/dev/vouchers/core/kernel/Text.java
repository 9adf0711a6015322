// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Optional;

/**
 * L-4: the one home of what a text field may hold. Every text that enters the library has a
 * maximum length and holds no control characters (line breaks only where free text allows
 * them: {@link Kind#MULTI_LINE}), no unpaired surrogates and no Unicode noncharacters, so that
 * every supported database stores it unchanged (PostgreSQL refuses NUL outright and turns a
 * lone surrogate into {@code ?}).
 *
 * <p>{@link #check} answers with a short {@link ReasonCode#INVALID_INPUT} reason naming the
 * field and the limit, never echoing the value (which may be huge or hostile).
 */
public final class Text {

  /** Names: partner, product, offer, customer, nickname, sender and recipient names. */
  public static final int NAME = 200;
  /** Free text: notes, personal messages, comments, reasons. */
  public static final int FREE_TEXT = 2_000;
  /** References: contract, document, certificate request, payment method, customer ids. */
  public static final int REFERENCE = 200;
  /** URLs and links. */
  public static final int URL = 2_000;
  /** Typed ids (partner, product, order, user, organisation, tier ids): 1..64, one line. */
  public static final int ID = 64;

  /** Which line structure a field allows. */
  public enum Kind {
    /** One line: no line break of any kind. */
    SINGLE_LINE,
    /** Free text: CR and LF allowed, no other control character. */
    MULTI_LINE
  }

  private Text() {}

  /**
   * L-4: why {@code value} cannot be stored in the field, if it cannot.
   *
   * @param field the field's name as the caller knows it, e.g. {@code "customer name"}
   * @param value the value as given
   * @param maxLength the maximum length in UTF-16 chars
   * @param kind whether line breaks are allowed
   * @return a reason naming the field and the rule, or empty when the value is fine
   */
  public static Optional<Reason> check(String field, String value, int maxLength, Kind kind) {
    if (value.length() > maxLength) {
      return Optional.of(Reason.of(ReasonCode.INVALID_INPUT,
              field + " must be at most " + maxLength + " characters, got " + value.length())
          .with("kind", "too-long").with("field", field).with("limit", maxLength));
    }
    return problem(value, kind).map(problem ->
        Reason.of(ReasonCode.INVALID_INPUT, field + " " + problem.text())
            .with("kind", problem.kind()).with("field", field));
  }

  /**
   * L-4: why {@code value} cannot be a typed id ({@code PartnerId}, {@code ProductId}, ...), if
   * it cannot: blank, longer than {@link #ID}, or not one storable line. Use it before building
   * an id from user text inside a use case, so that the id's constructor never throws there.
   *
   * @param field the field's name as the caller knows it, e.g. {@code "product id"}
   * @param value the value as given
   * @return a reason naming the field and the rule, or empty when the value is fine
   */
  public static Optional<Reason> checkId(String field, String value) {
    if (value.isBlank() || value.length() > ID) {
      return Optional.of(Reason.of(ReasonCode.INVALID_INPUT, field + " must be 1.." + ID
          + " non-blank characters" + (value.isBlank() ? "" : ", got " + value.length())));
    }
    return check(field, value, ID, Kind.SINGLE_LINE);
  }

  /**
   * L-4: why {@code value} cannot be a display name (of a partner, a product), if it cannot:
   * blank, longer than {@link #NAME}, or not one storable line.
   *
   * @param field the field's name as the caller knows it, e.g. {@code "partner name"}
   * @param value the value as given
   * @return a reason naming the field and the rule, or empty when the value is fine
   */
  public static Optional<Reason> checkName(String field, String value) {
    if (value.isBlank()) {
      return Optional.of(Reason.of(ReasonCode.INVALID_INPUT, field + " must not be blank"));
    }
    return check(field, value, NAME, Kind.SINGLE_LINE);
  }

  /**
   * L-4: {@link #check} for a value that is stored stripped: the stripped value's length and
   * characters, then the whole value's characters (a control character at either end would
   * otherwise vanish in the strip instead of being refused).
   *
   * @param field the field's name as the caller knows it
   * @param value the value as given, before stripping
   * @param maxLength the maximum length of the stripped value in UTF-16 chars
   * @param kind whether line breaks are allowed
   * @return a reason naming the field and the rule, or empty when the value is fine
   */
  public static Optional<Reason> checkStripped(
      String field, String value, int maxLength, Kind kind) {
    Optional<Reason> stripped = check(field, value.strip(), maxLength, kind);
    if (stripped.isPresent() || storable(value, kind)) {
      return stripped;
    }
    return check(field, value, Integer.MAX_VALUE, kind);
  }

  /** L-4: whether {@code value} is fine for a field of this kind (any length). */
  public static boolean storable(String value, Kind kind) {
    return problem(value, kind).isEmpty();
  }

  /** What is wrong with a text: the kind names the readable message (see the bundle). */
  private record Problem(String kind, String text) {
    static Problem badCharacter(int index, String what) {
      return new Problem("bad-character", at(index, what));
    }
  }

  private static Optional<Problem> problem(String value, Kind kind) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
          if (nonCharacter(codePoint)) {
            return Optional.of(Problem.badCharacter(i, "holds a Unicode noncharacter"));
          }
          i++;
          continue;
        }
        return Optional.of(Problem.badCharacter(i, "holds an unpaired surrogate"));
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(Problem.badCharacter(i, "holds an unpaired surrogate"));
      }
      if (lineBreak(c)) {
        if (kind == Kind.SINGLE_LINE) {
          return Optional.of(new Problem("not-one-line", at(i, "must be one line")));
        }
        continue;
      }
      if (Character.isISOControl(c)) {
        return Optional.of(Problem.badCharacter(i, "holds a control character (U+"
            + String.format("%04X", (int) c) + ")"));
      }
      if (nonCharacter(c)) {
        return Optional.of(Problem.badCharacter(i, "holds a Unicode noncharacter"));
      }
    }
    return Optional.empty();
  }

  private static String at(int index, String problem) {
    return problem + " at position " + (index + 1);
  }

  /** CR, LF and the Unicode line and paragraph separators; NEL (U+0085) is a control. */
  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean nonCharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
