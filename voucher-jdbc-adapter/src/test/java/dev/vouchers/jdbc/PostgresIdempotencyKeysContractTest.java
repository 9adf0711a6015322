// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.testkit.contract.IdempotencyKeysContract;
import dev.vouchers.testkit.contract.Storage;

/**
 * The JDBC adapter passes the idempotency key contract (G-3) on PostgreSQL: the key is
 * stored in the transaction of the command's writes.
 */
class PostgresIdempotencyKeysContractTest extends IdempotencyKeysContract {
  private JdbcStorage jdbc;

  @Override
  protected Storage newStorage() {
    jdbc = TestDatabase.POSTGRES.storageOver(TestDatabase.POSTGRES.freshDataSource());
    return TestDatabase.storageOf(jdbc);
  }

  @Override
  protected IdempotencyKeys idempotencyKeys() {
    return jdbc.idempotencyKeys();
  }
}
