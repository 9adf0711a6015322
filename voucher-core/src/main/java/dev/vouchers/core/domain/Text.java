// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

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
          field + " must be at most " + maxLength + " characters, got " + value.length()));
    }
    return problem(value, kind).map(problem ->
        Reason.of(ReasonCode.INVALID_INPUT, field + " " + problem));
  }

  /** L-4: whether {@code value} is fine for a field of this kind (any length). */
  public static boolean storable(String value, Kind kind) {
    return problem(value, kind).isEmpty();
  }

  private static Optional<String> problem(String value, Kind kind) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
          if (nonCharacter(codePoint)) {
            return Optional.of(at(i, "holds a Unicode noncharacter"));
          }
          i++;
          continue;
        }
        return Optional.of(at(i, "holds an unpaired surrogate"));
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(at(i, "holds an unpaired surrogate"));
      }
      if (lineBreak(c)) {
        if (kind == Kind.SINGLE_LINE) {
          return Optional.of(at(i, "must be one line"));
        }
        continue;
      }
      if (Character.isISOControl(c)) {
        return Optional.of(at(i, "holds a control character (U+"
            + String.format("%04X", (int) c) + ")"));
      }
      if (nonCharacter(c)) {
        return Optional.of(at(i, "holds a Unicode noncharacter"));
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
