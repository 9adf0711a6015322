// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CodeImportContract;
import dev.vouchers.testkit.contract.Storage;

/** The import of codes over the JDBC adapter on H2 (M-1). */
class H2CodeImportContractTest extends CodeImportContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
