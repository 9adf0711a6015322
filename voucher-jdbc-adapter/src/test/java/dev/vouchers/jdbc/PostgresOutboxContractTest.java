// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.OutboxContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the activation outbox contract on PostgreSQL. */
class PostgresOutboxContractTest extends OutboxContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
