// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.ActivationRelayContract;
import dev.vouchers.testkit.contract.Storage;

/** The activation relay over the in-memory adapter (S-2, G-2). */
class InMemoryActivationRelayContractTest extends ActivationRelayContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
