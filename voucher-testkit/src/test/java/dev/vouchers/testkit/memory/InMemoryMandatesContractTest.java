// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.MandatesContract;
import dev.vouchers.testkit.contract.Storage;

/** The in-memory adapter passes the Mandates contract. */
class InMemoryMandatesContractTest extends MandatesContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
