// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.OffersContract;
import dev.vouchers.testkit.contract.SubscriptionStorage;

/** The in-memory adapter passes the Offers contract. */
class InMemoryOffersContractTest extends OffersContract {
  @Override
  protected SubscriptionStorage newStorage() {
    return SubscriptionStorage.of(new InMemoryStore());
  }
}
