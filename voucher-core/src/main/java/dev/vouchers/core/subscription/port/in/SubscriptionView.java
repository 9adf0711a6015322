// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.time.Instant;
import java.util.Optional;

/**
 * A subscription as seen now (U-4: every passed term end applied, renewed or expired, before any
 * sweep has written it).
 *
 * @param id the subscription id
 * @param partner the partner that bought it
 * @param customer the customer it was bought for
 * @param offer its offer
 * @param offerName the offer's name
 * @param publisher the offer's publisher
 * @param quantity the number of licences
 * @param term monthly or annual
 * @param billingFrequency how often it is billed
 * @param autoRenew whether the term renews at its end
 * @param nickname the partner's nickname for it
 * @param indirectReseller the indirect reseller it was sold through
 * @param status the status as of now
 * @param purchasedAt when it was bought
 * @param activation the publisher's link and authorisation code, and the billing start, once
 *     activated (U-2)
 * @param termNumber the current term (1 for the first), 0 before activation
 * @param termStartedAt when the current term began
 * @param termEndsAt when the current term ends (and renews or expires)
 * @param cancellationWindowClosesAt U-3: while the cancellation window is open, when it
 *     closes: until then licences may be removed and an ACTIVE or SUSPENDED subscription
 *     cancelled
 */
public record SubscriptionView(
    SubscriptionId id,
    PartnerId partner,
    CustomerId customer,
    OfferId offer,
    String offerName,
    String publisher,
    int quantity,
    SubscriptionTerm term,
    BillingFrequency billingFrequency,
    boolean autoRenew,
    Optional<String> nickname,
    Optional<PartnerId> indirectReseller,
    SubscriptionStatus status,
    Instant purchasedAt,
    Optional<SubscriptionActivation> activation,
    int termNumber,
    Optional<Instant> termStartedAt,
    Optional<Instant> termEndsAt,
    Optional<Instant> cancellationWindowClosesAt) {

  @Override
  public String toString() {
    return "SubscriptionView[" + id + " " + status + " " + quantity + " x " + offer + " for "
        + customer + "]";
  }
}
