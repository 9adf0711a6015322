// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.SubscriptionsContract;
import dev.vouchers.testkit.contract.SubscriptionStorage;

/** The in-memory adapter passes the Subscriptions contract. */
class InMemorySubscriptionsContractTest extends SubscriptionsContract {
  @Override
  protected SubscriptionStorage newStorage() {
    return SubscriptionStorage.of(new InMemoryStore());
  }
}
