// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PartnerId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * U-1: a subscription as bought, with the first entry of its history. A store writes both or
 * neither.
 *
 * @param subscription the new subscription (PENDING_ACTIVATION, version 0)
 * @param entry its {@link SubscriptionChange#PURCHASED} entry
 */
public record SubscriptionPurchase(Subscription subscription, SubscriptionHistoryEntry entry) {
  /** The entry is the purchase of this subscription. */
  public SubscriptionPurchase {
    Objects.requireNonNull(entry, "entry");
    if (!entry.subscription().equals(subscription.id())
        || entry.change() != SubscriptionChange.PURCHASED
        || subscription.status() != SubscriptionStatus.PENDING_ACTIVATION
        || subscription.version() != 0) {
      throw new IllegalArgumentException("a purchase is a new PENDING_ACTIVATION subscription"
          + " with its PURCHASED entry");
    }
  }

  /** U-1: the purchase of {@link AbstractSubscription#buy}. */
  static SubscriptionPurchase of(SubscriptionId id, PartnerId partner,
      SubscriptionRequest.Valid request, Actor by, Instant now) {
    Subscription subscription = Subscription.builder()
        .id(id).partner(partner).customer(request.customer()).offer(request.offer().id())
        .quantity(request.quantity()).term(request.term())
        .billingFrequency(request.billingFrequency()).autoRenew(request.autoRenew())
        .nickname(request.nickname()).indirectReseller(request.indirectReseller())
        .status(SubscriptionStatus.PENDING_ACTIVATION).purchasedAt(now)
        .cancellationWindow(request.offer().cancellationWindow(request.term()))
        .windowOpensAt(now)
        .build();
    Map<String, String> data = new HashMap<>();
    data.put("customer", request.customer().value());
    data.put("offer", request.offer().id().value());
    data.put("quantity", Integer.toString(request.quantity()));
    data.put("term", request.term().name());
    data.put("billingFrequency", request.billingFrequency().name());
    data.put("autoRenew", Boolean.toString(request.autoRenew()));
    request.nickname().ifPresent(n -> data.put("nickname", n));
    request.indirectReseller().ifPresent(r -> data.put("indirectReseller", r.value()));
    return new SubscriptionPurchase(subscription, new SubscriptionHistoryEntry(id,
        SubscriptionChange.PURCHASED, SubscriptionStatus.PENDING_ACTIVATION,
        SubscriptionStatus.PENDING_ACTIVATION, now, by.describe(), "bought for customer "
            + request.customer().value(), data));
  }
}
