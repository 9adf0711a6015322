// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.CatalogContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the Catalog contract on PostgreSQL at SERIALIZABLE. */
class PostgresSerializableCatalogContractTest extends CatalogContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES_SERIALIZABLE.newStorage();
  }
}
