// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.CustomerLinksContract;
import dev.vouchers.testkit.contract.ResellerStorage;

/** The in-memory adapter passes the CustomerLinks contract. */
class InMemoryCustomerLinksContractTest extends CustomerLinksContract {
  @Override
  protected ResellerStorage newStorage() {
    return ResellerStorage.of(new InMemoryStore());
  }
}
