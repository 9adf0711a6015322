// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ResellerApplicationsContract;
import dev.vouchers.testkit.contract.ResellerStorage;

/** The JDBC adapter passes the ResellerApplications contract on H2. */
class H2ResellerApplicationsContractTest extends ResellerApplicationsContract {
  @Override
  protected ResellerStorage newStorage() {
    return ResellerTestStorage.of(TestDatabase.H2.newJdbcStorage());
  }
}
