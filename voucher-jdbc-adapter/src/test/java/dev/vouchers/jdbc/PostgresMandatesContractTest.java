// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.MandatesContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the Mandates contract on PostgreSQL at READ COMMITTED. */
class PostgresMandatesContractTest extends MandatesContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
