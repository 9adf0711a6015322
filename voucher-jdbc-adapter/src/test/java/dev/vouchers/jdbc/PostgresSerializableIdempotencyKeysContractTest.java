// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.testkit.contract.IdempotencyKeysContract;
import dev.vouchers.testkit.contract.Storage;

/**
 * The JDBC adapter passes the idempotency key contract (G-3) on PostgreSQL at SERIALIZABLE: the
 * key is stored in the transaction of the command's writes.
 */
class PostgresSerializableIdempotencyKeysContractTest extends IdempotencyKeysContract {
  private JdbcStorage jdbc;

  @Override
  protected Storage newStorage() {
    TestDatabase database = TestDatabase.POSTGRES_SERIALIZABLE;
    jdbc = database.storageOver(database.freshDataSource());
    return TestDatabase.storageOf(jdbc);
  }

  @Override
  protected IdempotencyKeys idempotencyKeys() {
    return jdbc.idempotencyKeys();
  }
}
