// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.VoucherSearchContract;
import dev.vouchers.testkit.contract.Storage;

/** Support search over the in-memory adapter (M-3). */
class InMemoryVoucherSearchContractTest extends VoucherSearchContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
