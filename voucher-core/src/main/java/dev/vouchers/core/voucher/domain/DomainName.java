// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.Text;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A DNS host name (letters, digits, hyphens; dot-separated labels of 1..63; at most 253),
 * lower-cased. A wildcard or a URL is not a domain name.
 *
 * @param value the lower-cased name
 */
public record DomainName(String value) {
  private static final Pattern NAME = Pattern.compile(
      "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

  /** Throws for a malformed name; use {@link #parse} for user input. */
  public DomainName {
    value = value.toLowerCase(Locale.ROOT);
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException("not a domain name" + shown(value));
    }
  }

  /** Bad input as a value naming the problem. */
  public static Validation<String, DomainName> parse(String raw) {
    String candidate = raw.trim().toLowerCase(Locale.ROOT);
    if (candidate.endsWith(".")) {
      candidate = candidate.substring(0, candidate.length() - 1);
    }
    return NAME.matcher(candidate).matches()
        ? Validation.valid(new DomainName(candidate))
        : Validation.invalid(shown(raw).isEmpty() ? "the domain is not a domain name"
            : "'" + raw + "' is not a domain name");
  }

  /** L-4: a short, storable value is echoed; anything else is not. */
  private static String shown(String value) {
    return value.length() <= 253 && Text.storable(value, Text.Kind.SINGLE_LINE)
        ? ": '" + value + "'" : "";
  }

  @Override
  public String toString() {
    return value;
  }
}
