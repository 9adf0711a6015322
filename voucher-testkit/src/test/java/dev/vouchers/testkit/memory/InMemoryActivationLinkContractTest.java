// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.ActivationLinkContract;
import dev.vouchers.testkit.contract.Storage;

/** Activation links that die (G-2) over the in-memory adapter. */
class InMemoryActivationLinkContractTest extends ActivationLinkContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
