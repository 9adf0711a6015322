// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CustomerLinksContract;
import dev.vouchers.testkit.contract.ResellerStorage;

/** The JDBC adapter passes the CustomerLinks contract on PostgreSQL at READ COMMITTED. */
class PostgresCustomerLinksContractTest extends CustomerLinksContract {
  @Override
  protected ResellerStorage newStorage() {
    return ResellerTestStorage.of(TestDatabase.POSTGRES.newJdbcStorage());
  }
}
