// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.CodeImportContract;
import dev.vouchers.testkit.contract.Storage;

/** The import of codes over the in-memory adapter (M-1). */
class InMemoryCodeImportContractTest extends CodeImportContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
