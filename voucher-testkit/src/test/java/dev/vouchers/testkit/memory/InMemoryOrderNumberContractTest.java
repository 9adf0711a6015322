// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.OrderNumberContract;
import dev.vouchers.testkit.contract.Storage;

/** Order numbers over the in-memory adapter (M-4). */
class InMemoryOrderNumberContractTest extends OrderNumberContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
