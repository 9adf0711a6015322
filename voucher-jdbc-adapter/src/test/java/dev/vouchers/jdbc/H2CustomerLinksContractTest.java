// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CustomerLinksContract;
import dev.vouchers.testkit.contract.ResellerStorage;

/** The JDBC adapter passes the CustomerLinks contract on H2. */
class H2CustomerLinksContractTest extends CustomerLinksContract {
  @Override
  protected ResellerStorage newStorage() {
    return ResellerTestStorage.of(TestDatabase.H2.newJdbcStorage());
  }
}
