// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * I-1, I-2: where invitation links point and how long an invitation stays valid.
 *
 * @param baseUrl the shop's base URL; an invitation link is {@code <base>/invitations/<token>}
 * @param validity how long a sent (or resent) invitation can be accepted (default 30 days)
 */
public record InvitationSettings(URI baseUrl, Duration validity) {
  /** The brief's default validity. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);
  /** L-4: the shortest validity: one minute. */
  public static final Duration MIN_VALIDITY = Duration.ofMinutes(1);
  /** L-4: the longest validity: a year and a day. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(366);

  /** An absolute http(s) base without query or fragment; a positive validity. */
  public InvitationSettings {
    Objects.requireNonNull(validity, "validity");
    String scheme = baseUrl.getScheme();
    if (!baseUrl.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))
        || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the invitation base URL must be absolute http(s) without query or fragment: "
              + baseUrl);
    }
    String raw = baseUrl.toString();
    baseUrl = raw.endsWith("/") ? URI.create(raw.substring(0, raw.length() - 1)) : baseUrl;
    if (validity.compareTo(MIN_VALIDITY) < 0 || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException("an invitation's validity must be " + MIN_VALIDITY
          + ".." + MAX_VALIDITY);
    }
  }

  /** Links under {@code baseUrl}, valid for the default 30 days. */
  public static InvitationSettings of(URI baseUrl) {
    return new InvitationSettings(baseUrl, DEFAULT_VALIDITY);
  }

  /**
   * The default when a programme sets none: links at the origin (scheme, host, port) of the
   * redemption page, valid for 30 days.
   */
  public static InvitationSettings at(URI redemptionBaseUrl) {
    return of(URI.create(redemptionBaseUrl.getScheme() + "://"
        + redemptionBaseUrl.getRawAuthority()));
  }

  /** The same settings with another validity. */
  public InvitationSettings withValidity(Duration validity) {
    return new InvitationSettings(baseUrl, validity);
  }

  /** I-1: the link an invitation e-mail carries. */
  public URI link(InvitationToken token) {
    return URI.create(baseUrl + "/invitations/" + token.value());
  }
}
