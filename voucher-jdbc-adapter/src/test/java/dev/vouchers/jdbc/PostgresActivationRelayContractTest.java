// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ActivationRelayContract;
import dev.vouchers.testkit.contract.Storage;

/** The activation relay over the JDBC adapter on PostgreSQL (S-2, G-2). */
class PostgresActivationRelayContractTest extends ActivationRelayContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
