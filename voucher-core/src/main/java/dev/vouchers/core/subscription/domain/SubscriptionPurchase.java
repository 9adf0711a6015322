// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

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
}
