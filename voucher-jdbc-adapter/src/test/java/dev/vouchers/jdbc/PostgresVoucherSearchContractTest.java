// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.VoucherSearchContract;
import dev.vouchers.testkit.contract.Storage;

/** Support search over the JDBC adapter on PostgreSQL (M-3). */
class PostgresVoucherSearchContractTest extends VoucherSearchContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
