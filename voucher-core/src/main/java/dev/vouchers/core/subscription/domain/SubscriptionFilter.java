// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a partner's subscriptions to list, newest first. Statuses are compared as seen at
 * {@code asOf} (U-4: a subscription whose term ended without auto-renew counts as EXPIRED
 * before any sweep, one with auto-renew as renewed).
 *
 * @param partner whose subscriptions
 * @param customer only the subscriptions of this customer
 * @param statuses statuses to include (empty: all)
 * @param asOf the instant statuses are evaluated at
 */
public record SubscriptionFilter(
    PartnerId partner, Optional<CustomerId> customer, Set<SubscriptionStatus> statuses,
    Instant asOf) {

  /** Copies the statuses. */
  public SubscriptionFilter {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(asOf, "asOf");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** Every subscription of the partner. */
  public static SubscriptionFilter all(PartnerId partner, Instant asOf) {
    return new SubscriptionFilter(partner, Optional.empty(), Set.of(), asOf);
  }

  /** Whether the subscription passes the filter. */
  public boolean matches(Subscription subscription) {
    return subscription.partner().equals(partner)
        && customer.map(c -> subscription.customer().equals(c)).orElse(true)
        && (statuses.isEmpty() || statuses.contains(subscription.statusAt(asOf)));
  }
}
