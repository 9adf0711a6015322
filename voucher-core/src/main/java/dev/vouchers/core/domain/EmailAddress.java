// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked for a plausible shape (one {@code @}, a dotted domain, no
 * spaces, at most 254 characters). Deliverability is the mail server's business.
 *
 * @param value the address, domain part lower-cased
 */
public record EmailAddress(String value) {
  private static final Pattern SHAPE =
      Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  /** Throws for a malformed address; use {@link #parse} for user input. */
  public EmailAddress {
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an e-mail address: '" + value + "'");
    }
    int at = value.lastIndexOf('@');
    value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** Bad input as a value: a message naming the problem. */
  public static Validation<String, EmailAddress> parse(String raw) {
    String trimmed = raw.trim();
    if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
      return Validation.invalid("recipient is not an e-mail address");
    }
    return Validation.valid(new EmailAddress(trimmed));
  }

  @Override
  public String toString() {
    return value;
  }
}
