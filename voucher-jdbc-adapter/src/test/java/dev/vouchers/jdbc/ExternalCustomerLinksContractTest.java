// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CustomerLinksContract;
import dev.vouchers.testkit.contract.ResellerStorage;

/**
 * The JDBC adapter passes the CustomerLinks contract on the external database named by
 * {@code VOUCHERS_TEST_JDBC_URL}; skipped when it is not set ({@link ExternalDatabase}).
 */
class ExternalCustomerLinksContractTest extends CustomerLinksContract {
  @Override
  protected ResellerStorage newStorage() {
    return ResellerTestStorage.of(TestDatabase.EXTERNAL.newJdbcStorage());
  }
}
