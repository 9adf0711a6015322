// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * C-6: the redemption URL of a code, derived from the configured base URL: the code goes into
 * a {@code code} query parameter.
 *
 * @param base the redemption page, an absolute http(s) URL
 */
public record RedemptionLinks(URI base) {
  /**
   * The base must be an absolute http(s) URL (the scheme in any case, RFC 3986) without a
   * fragment.
   */
  public RedemptionLinks {
    String scheme = base.getScheme();
    if (!base.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
        || base.getRawFragment() != null) {
      throw new IllegalArgumentException("redemption base URL must be absolute http(s): " + base);
    }
  }

  /** C-6: the redemption URL for a code in its display form. */
  public URI forCode(String displayCode) {
    return URI.create(textForCode(displayCode));
  }

  /**
   * C-6: the redemption URL for a code in its display form, as text: what {@link #forCode}
   * gives, without parsing it again (an export writes a million of them).
   *
   * @param displayCode the code as shown
   * @return the URL
   */
  public String textForCode(String displayCode) {
    String separator = base.getRawQuery() == null ? "?" : "&";
    return base + separator + "code=" + encoded(displayCode);
  }

  /**
   * G-2: the link of an activation e-mail: the redemption page with the link's token in a
   * {@code link} query parameter, and no code (ADR 0046).
   *
   * @param token the current assignment's link token
   * @return the URL
   */
  public URI forLink(LinkToken token) {
    String separator = base.getRawQuery() == null ? "?" : "&";
    return URI.create(base + separator + "link=" + token.value());
  }

  /** Codes are letters, digits and hyphens, which need no encoding; anything else is encoded. */
  private static String encoded(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
      }
    }
    return value;
  }
}
