// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.PartnersContract;
import dev.vouchers.testkit.contract.Storage;

/** The in-memory adapter passes the Partners contract. */
class InMemoryPartnersContractTest extends PartnersContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
