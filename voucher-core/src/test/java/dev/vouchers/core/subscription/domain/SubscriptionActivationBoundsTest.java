// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * U-2: the publisher's activation (issue 18: survivors of the context's mutation run): its
 * authorisation code is bounded at both ends and, being a credential, kept out of logs.
 */
class SubscriptionActivationBoundsTest {
  private static final URI LINK = URI.create("https://publisher.example/activate/42");
  private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void anAuthorisationCodeHasOneToTwoHundredCharacters_U2_L4() {
    String longest = "A".repeat(SubscriptionActivation.MAX_CODE);
    assertThat(new SubscriptionActivation(LINK, longest, AT).authorisationCode())
        .isEqualTo(longest);
    assertThatThrownBy(() -> new SubscriptionActivation(LINK, longest + "A", AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubscriptionActivation(LINK, " ", AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anActivationIsLoggedWithItsLinkAndStartButNotItsCode_U2() {
    String shown = new SubscriptionActivation(LINK, "SECRET-AUTH-CODE-9", AT).toString();
    assertThat(shown).contains(LINK.toString()).contains(AT.toString())
        .doesNotContain("SECRET-AUTH-CODE-9");
  }
}
