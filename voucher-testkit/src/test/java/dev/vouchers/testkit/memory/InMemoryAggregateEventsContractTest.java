// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.AggregateEventsContract;
import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.ResellerStorage;
import dev.vouchers.testkit.contract.SubscriptionStorage;

/** The events of the other aggregates' moves over the in-memory adapter (M-5). */
class InMemoryAggregateEventsContractTest extends AggregateEventsContract {
  @Override
  protected Stores newStores() {
    InMemoryStore store = new InMemoryStore();
    return new Stores(InvitationStorage.of(store), ResellerStorage.of(store),
        SubscriptionStorage.of(store), store.eventOutbox());
  }
}
