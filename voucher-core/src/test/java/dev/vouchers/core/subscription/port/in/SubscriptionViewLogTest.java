// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * U-2: a subscription as logged (issue 18: the context's one uncovered mutant outside the
 * domain): it names the subscription, its status and licences, and never the publisher's
 * authorisation code, a credential of the purchase.
 */
class SubscriptionViewLogTest {

  @Test
  void aViewIsLoggedByIdStatusAndLicencesWithoutTheAuthorisationCode_U2() {
    Instant at = Instant.parse("2026-06-01T10:00:00Z");
    SubscriptionView view = new SubscriptionView(SubscriptionId.of("sub-9"),
        new PartnerId("acme"), new CustomerId("anna"), OfferId.of("crm"), "CRM", "ISV", 7,
        SubscriptionTerm.ANNUAL, BillingFrequency.ANNUAL, true, Optional.of("team"),
        Optional.empty(), SubscriptionStatus.ACTIVE, at,
        Optional.of(new SubscriptionActivation(URI.create("https://isv.example/a"),
            "AUTH-CODE-SECRET", at)),
        1, Optional.of(at), Optional.of(at.plusSeconds(86_400 * 365)), Optional.empty());
    assertThat(view.toString()).contains("sub-9").contains("ACTIVE").contains("7")
        .doesNotContain("AUTH-CODE-SECRET");
  }
}
