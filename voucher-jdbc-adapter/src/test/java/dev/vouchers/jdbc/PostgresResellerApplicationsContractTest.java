// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ResellerApplicationsContract;
import dev.vouchers.testkit.contract.ResellerStorage;

/** The JDBC adapter passes the ResellerApplications contract on PostgreSQL at READ COMMITTED. */
class PostgresResellerApplicationsContractTest extends ResellerApplicationsContract {
  @Override
  protected ResellerStorage newStorage() {
    return ResellerTestStorage.of(TestDatabase.POSTGRES.newJdbcStorage());
  }
}
