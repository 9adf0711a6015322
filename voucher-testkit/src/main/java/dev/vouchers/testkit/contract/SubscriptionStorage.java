// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.testkit.memory.InMemoryStore;

/**
 * A fresh, empty subscription storage (U-1..U-5), as {@link SubscriptionsContract} and
 * {@link OffersContract} need it. Kept apart from {@link Storage} so that an adapter adds
 * subscriptions without changing how its other suites are set up.
 *
 * @param subscriptions subscription storage
 * @param offers offer storage
 */
public record SubscriptionStorage(Subscriptions subscriptions, Offers offers) {

  /** The ports of the in-memory store. */
  public static SubscriptionStorage of(InMemoryStore store) {
    return new SubscriptionStorage(store.subscriptions(), store.offers());
  }
}
