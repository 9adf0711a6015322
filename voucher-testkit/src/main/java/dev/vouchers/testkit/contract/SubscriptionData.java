// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Rows for the subscription contract suites, made with the domain's own moves (no services), so
 * that every row is one the core could write.
 */
public final class SubscriptionData {
  /** The publisher that confirms activations (U-2). */
  public static final Actor PUBLISHER = new Actor.Service("publisher");

  private SubscriptionData() {}

  /** An offer of monthly and annual terms, billed monthly or annually, default windows. */
  public static Offer offer(String id) {
    return Offer.builder().id(OfferId.of(id)).name("Offer " + id).publisher("Contoso ISV")
        .addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL).build();
  }

  /** The partner's admin agent, who changes subscriptions (U-5). */
  public static Actor adminOf(PartnerId partner) {
    return new Actor.PartnerUser(new UserId("admin"), partner, PartnerRole.ADMIN_AGENT);
  }

  /**
   * U-1: a purchase of 5 licences of offer {@code crm} for the customer, with a nickname and
   * an indirect reseller.
   */
  public static SubscriptionPurchase purchase(
      PartnerId partner, String customer, Instant at, SubscriptionTerm term, boolean autoRenew) {
    SubscriptionRequest.Valid request = new SubscriptionRequest.Valid(CustomerId.of(customer),
        offer("crm"), 5, term, term == SubscriptionTerm.ANNUAL ? BillingFrequency.ANNUAL
            : BillingFrequency.MONTHLY, autoRenew, Optional.of("Sales team & co"),
        Optional.of(new PartnerId("indirect-1")));
    return Subscription.buy(SubscriptionId.of(UUID.randomUUID().toString()), partner, request,
        adminOf(partner), at);
  }

  /** U-2: the publisher's activation of a pending subscription at {@code at}. */
  public static SubscriptionUpdate activation(Subscription pending, Instant at) {
    return pending.activate(new SubscriptionActivation(
            URI.create("https://isv.example/setup?purchase=" + pending.id()), "AUTH-42", at),
        true, true, PUBLISHER, at).get();
  }
}
