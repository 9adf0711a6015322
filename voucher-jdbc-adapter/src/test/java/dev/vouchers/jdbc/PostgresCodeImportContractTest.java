// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CodeImportContract;
import dev.vouchers.testkit.contract.Storage;

/** The import of codes over the JDBC adapter on PostgreSQL (M-1). */
class PostgresCodeImportContractTest extends CodeImportContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
