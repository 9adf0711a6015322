// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CatalogContract;
import dev.vouchers.testkit.contract.Storage;

/**
 * The JDBC adapter passes the Catalog contract on the external database named by
 * {@code VOUCHERS_TEST_JDBC_URL}; skipped when it is not set ({@link ExternalDatabase}).
 */
class ExternalCatalogContractTest extends CatalogContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.EXTERNAL.newStorage();
  }
}
