// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ActivationLinkContract;
import dev.vouchers.testkit.contract.Storage;

/** Activation links that die (G-2) over the JDBC adapter on PostgreSQL. */
class PostgresActivationLinkContractTest extends ActivationLinkContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
