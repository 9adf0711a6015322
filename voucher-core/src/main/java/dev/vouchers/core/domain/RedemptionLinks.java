// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

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
  /** The base must be an absolute http(s) URL without a fragment. */
  public RedemptionLinks {
    String scheme = base.getScheme();
    if (!base.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))
        || base.getRawFragment() != null) {
      throw new IllegalArgumentException("redemption base URL must be absolute http(s): " + base);
    }
  }

  /** C-6: the redemption URL for a code in its display form. */
  public URI forCode(String displayCode) {
    String raw = base.toString();
    String separator = base.getRawQuery() == null ? "?" : "&";
    return URI.create(raw + separator + "code="
        + URLEncoder.encode(displayCode, StandardCharsets.UTF_8));
  }
}
