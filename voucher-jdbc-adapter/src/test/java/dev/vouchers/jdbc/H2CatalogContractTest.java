// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CatalogContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the Catalog contract on H2. */
class H2CatalogContractTest extends CatalogContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
