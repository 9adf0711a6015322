// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.testkit.contract.KeyRotationContract;
import dev.vouchers.testkit.contract.Storage;

/** Key rotation (G-4) over the in-memory adapter. */
class InMemoryKeyRotationContractTest extends KeyRotationContract {
  private InMemoryStore store = new InMemoryStore();

  @Override
  protected Storage newStorage() {
    store = new InMemoryStore();
    return Storage.of(store);
  }

  @Override
  protected CodeRekeying codeRekeying() {
    return store.codeRekeying();
  }
}
