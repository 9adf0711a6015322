// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.ResellerApplicationsContract;
import dev.vouchers.testkit.contract.ResellerStorage;

/** The in-memory adapter passes the ResellerApplications contract. */
class InMemoryResellerApplicationsContractTest extends ResellerApplicationsContract {
  @Override
  protected ResellerStorage newStorage() {
    return ResellerStorage.of(new InMemoryStore());
  }
}
