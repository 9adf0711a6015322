// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * U-2: the publisher's confirmation that licences are assigned and the customer's account is
 * set up: its personalised link, the authorisation code that identifies the purchase, and the
 * instant billing starts.
 *
 * @param publisherLink the publisher's personalised link for the purchase
 * @param authorisationCode the code that identifies the purchase at the publisher
 * @param billingStartedAt when the publisher confirmed: billing starts here, and the first term
 */
public record SubscriptionActivation(
    URI publisherLink, String authorisationCode, Instant billingStartedAt) {

  /** The longest authorisation code. */
  public static final int MAX_CODE = 200;

  /** Every part required; the link is absolute http(s), the code 1..200 characters. */
  public SubscriptionActivation {
    Objects.requireNonNull(publisherLink, "publisherLink");
    Objects.requireNonNull(authorisationCode, "authorisationCode");
    Objects.requireNonNull(billingStartedAt, "billingStartedAt");
    if (!isWebLink(publisherLink)) {
      throw new IllegalArgumentException("the publisher link must be an absolute http(s) URL");
    }
    if (authorisationCode.isBlank() || authorisationCode.length() > MAX_CODE) {
      throw new IllegalArgumentException("the authorisation code must be 1.." + MAX_CODE
          + " characters");
    }
  }

  /** Whether the link is an absolute http or https URL with a host. */
  public static boolean isWebLink(URI link) {
    return link.isAbsolute() && link.getHost() != null
        && ("https".equalsIgnoreCase(link.getScheme()) || "http".equalsIgnoreCase(link.getScheme()));
  }

  /** The authorisation code is a credential of the purchase: not written to logs. */
  @Override
  public String toString() {
    return "SubscriptionActivation[" + publisherLink + ", code ****, billing from "
        + billingStartedAt + "]";
  }
}
