// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.ExpiryExtensionContract;
import dev.vouchers.testkit.contract.Storage;

/** Expiry extensions over the in-memory adapter (M-2). */
class InMemoryExpiryExtensionContractTest extends ExpiryExtensionContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
