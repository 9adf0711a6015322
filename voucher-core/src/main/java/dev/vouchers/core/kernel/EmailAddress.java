// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import io.vavr.control.Validation;
import java.net.IDN;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail address, checked as the mail stack will parse it (L-4, S-2, I-1). Deliverability
 * is the mail server's business; what is checked here is that every relay can send to it.
 *
 * <p>What is accepted (a JDK-only rule equivalent to what Jakarta Mail's
 * {@code InternetAddress(address, true)} parses as a bare address, extended to
 * internationalised addresses as RFC 6531/6532 allow):
 *
 * <ul>
 *   <li>{@code local@domain}, at most {@value #MAX_LENGTH} characters, the local part at most
 *       {@value #MAX_LOCAL_LENGTH}.
 *   <li>The local part is a dot-atom: atoms of the RFC 5322 {@code atext} characters
 *       ({@code A-Z a-z 0-9 ! # $ % & ' * + - / = ? ^ _ ` { | } ~}) and of non-ASCII characters
 *       (RFC 6532 {@code UTF8-non-ascii}), joined by single dots, neither starting nor ending
 *       with a dot. Quoted local parts ({@code "a b"@x.example}) and comments are refused.
 *   <li>The domain is a host name of at least two labels, given in ASCII or as an
 *       internationalised domain name: {@link IDN#toASCII} with
 *       {@link IDN#USE_STD3_ASCII_RULES} must turn it into letters, digits and inner hyphens,
 *       labels of 1..63 characters, at most 253 in all, a top-level label that is not all
 *       digits. Address literals ({@code [192.0.2.1]}) are refused.
 *   <li>Nowhere a control character (C0, DEL, C1 such as U+0085), a line or paragraph separator
 *       (U+2028, U+2029), a space of any kind, a format character (e.g. U+200B, U+202E), an
 *       unpaired surrogate, an unassigned, private-use or noncharacter code point.
 * </ul>
 *
 * <p>{@link #parse} strips surrounding spaces but refuses a control character anywhere, so
 * {@code "ab@x.example\n"} is refused rather than trimmed. The domain is kept lower-cased as
 * given (Unicode stays Unicode); {@link #asciiDomain()} gives its ASCII (A-label) form for a
 * relay that does not speak SMTPUTF8.
 *
 * @param value the address, domain part lower-cased
 */
public record EmailAddress(String value) {

  /** The longest address (RFC 5321 forward-path limit less the angle brackets). */
  public static final int MAX_LENGTH = 254;
  /** The longest local part (RFC 5321). */
  public static final int MAX_LOCAL_LENGTH = 64;

  private static final String NOT_AN_ADDRESS = "recipient is not an e-mail address";
  private static final String ATEXT = "!#$%&'*+-/=?^_`{|}~";

  /** Throws for a malformed address (without echoing it); use {@link #parse} for user input. */
  public EmailAddress {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException("not an e-mail address: " + problem);
    }
    int at = value.lastIndexOf('@');
    value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** Bad input as a value: a short message naming the field, never echoing the input. */
  public static Validation<String, EmailAddress> parse(String raw) {
    if (raw.length() > MAX_LENGTH + 100) {
      return Validation.invalid(NOT_AN_ADDRESS);
    }
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isISOControl(raw.charAt(i))) {
        return Validation.invalid(NOT_AN_ADDRESS);
      }
    }
    String stripped = raw.strip();
    return problem(stripped) == null
        ? Validation.valid(new EmailAddress(stripped))
        : Validation.invalid(NOT_AN_ADDRESS);
  }

  /** Whether {@code raw} would {@link #parse}. Never throws. */
  public static boolean isValid(String raw) {
    return parse(raw).isValid();
  }

  /** The domain in its ASCII (A-label) form, e.g. {@code xn--mller-kva.ch}. */
  public String asciiDomain() {
    return IDN.toASCII(value.substring(value.lastIndexOf('@') + 1), IDN.USE_STD3_ASCII_RULES);
  }

  /** What is wrong with the address, or null when it is fine. */
  private static @Nullable String problem(String address) {
    if (address.length() > MAX_LENGTH) {
      return "longer than " + MAX_LENGTH + " characters";
    }
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return "no @";
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
      return "the local part must be 1.." + MAX_LOCAL_LENGTH + " characters";
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return "the local part has a misplaced dot";
    }
    for (int i = 0; i < local.length(); ) {
      int c = local.codePointAt(i);
      if (c != '.' && !atext(c)) {
        return "the local part holds a character an address cannot hold";
      }
      i += Character.charCount(c);
    }
    return domainProblem(domain);
  }

  private static boolean atext(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || ATEXT.indexOf(c) >= 0;
    }
    return visible(c);
  }

  /** RFC 6532 UTF8-non-ascii that is safe to store and show. */
  private static boolean visible(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
          Character.UNASSIGNED, Character.PRIVATE_USE -> {
        return false;
      }
      default -> {
        return !((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE);
      }
    }
  }

  private static @Nullable String domainProblem(String domain) {
    if (domain.isEmpty() || domain.length() > 253) {
      return "the domain must be 1..253 characters";
    }
    for (int i = 0; i < domain.length(); ) {
      int c = domain.codePointAt(i);
      if (c >= 0x80 ? !visible(c) : !(c == '.' || c == '-' || Character.isLetterOrDigit(c))) {
        return "the domain holds a character a host name cannot hold";
      }
      i += Character.charCount(c);
    }
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException notIdn) {
      return "the domain is not a valid internationalised domain name";
    }
    if (ascii.isEmpty() || ascii.length() > 253 || ascii.startsWith(".") || ascii.endsWith(".")) {
      return "the domain is not a host name";
    }
    // every label is LDH, 1..63 characters, without a hyphen at either end: IDN.toASCII with
    // USE_STD3_ASCII_RULES refuses anything else (EmailAddressIdnRulesTest holds the JDK to it)
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      return "the domain needs at least two labels";
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      return "the domain's last label is all digits";
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
