// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.OutboxContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the activation outbox contract on H2. */
class H2OutboxContractTest extends OutboxContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
