// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.VouchersContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the Vouchers contract on PostgreSQL. */
class PostgresVouchersContractTest extends VouchersContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
