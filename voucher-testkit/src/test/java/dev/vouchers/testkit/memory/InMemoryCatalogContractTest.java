// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.CatalogContract;
import dev.vouchers.testkit.contract.Storage;

/** The in-memory adapter passes the Catalog contract. */
class InMemoryCatalogContractTest extends CatalogContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
