// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.OrderNumberContract;
import dev.vouchers.testkit.contract.Storage;

/** Order numbers over the JDBC adapter on PostgreSQL (M-4). */
class PostgresOrderNumberContractTest extends OrderNumberContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
