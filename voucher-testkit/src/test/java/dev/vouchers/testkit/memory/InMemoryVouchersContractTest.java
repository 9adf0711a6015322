// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.VouchersContract;
import dev.vouchers.testkit.contract.Storage;

/** The in-memory adapter passes the Vouchers contract. */
class InMemoryVouchersContractTest extends VouchersContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
