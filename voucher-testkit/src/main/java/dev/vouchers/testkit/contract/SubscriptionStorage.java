// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;

/**
 * A fresh, empty subscription storage (U-1..U-5), as {@link SubscriptionsContract} and
 * {@link OffersContract} need it. Kept apart from {@link Storage} so that an adapter adds
 * subscriptions without changing how its other suites are set up.
 *
 * @param subscriptions subscription storage
 * @param offers offer storage
 */
public record SubscriptionStorage(Subscriptions subscriptions, Offers offers) {

  /** One object implementing both ports, such as the in-memory store. */
  public static <T extends Subscriptions & Offers> SubscriptionStorage of(T all) {
    return new SubscriptionStorage(all, all);
  }
}
