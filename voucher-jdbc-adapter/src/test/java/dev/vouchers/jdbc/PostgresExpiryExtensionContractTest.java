// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ExpiryExtensionContract;
import dev.vouchers.testkit.contract.Storage;

/** Expiry extensions over the JDBC adapter on PostgreSQL (M-2). */
class PostgresExpiryExtensionContractTest extends ExpiryExtensionContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
