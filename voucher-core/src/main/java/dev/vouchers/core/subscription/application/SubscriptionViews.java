// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.application;

import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.out.Offers;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * U-3, U-4: subscriptions as their owners see them at one instant (term ends applied, the
 * cancellation window if open); offer names looked up once per call.
 */
final class SubscriptionViews {
  private final Offers offers;
  private final Instant now;
  private final Map<OfferId, Optional<Offer>> offered = new HashMap<>();

  SubscriptionViews(Offers offers, Instant now) {
    this.offers = offers;
    this.now = now;
  }

  SubscriptionView of(Subscription stored) {
    Subscription s = stored.settle(now).subscription();
    Optional<Offer> offer = offered.computeIfAbsent(s.offer(), offers::offer);
    Optional<Instant> window = !s.status().isFinal() && s.windowOpenAt(now)
        ? Optional.of(s.windowClosesAt()) : Optional.empty();
    return new SubscriptionView(s.id(), s.partner(), s.customer(), s.offer(),
        offer.map(Offer::name).orElse(s.offer().value()),
        offer.map(Offer::publisher).orElse(""), s.quantity(), s.term(), s.billingFrequency(),
        s.autoRenew(), s.nickname(), s.indirectReseller(), s.status(), s.purchasedAt(),
        s.activation(), s.termNumber(), s.termStartedAt(), s.termEndsAt(), window);
  }
}
