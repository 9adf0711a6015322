// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.testkit.contract.CodeAttemptsContract;
import javax.sql.DataSource;

/**
 * The JDBC adapter passes the CodeAttempts contract (G-1) on PostgreSQL; the second instance is
 * another {@link JdbcStorage} over the same database.
 */
class PostgresCodeAttemptsContractTest extends CodeAttemptsContract {
  private DataSource dataSource;

  @Override
  protected CodeAttempts newAttempts() {
    dataSource = TestDatabase.POSTGRES.freshDataSource();
    return TestDatabase.POSTGRES.storageOver(dataSource).codeAttempts();
  }

  @Override
  protected CodeAttempts secondInstance() {
    return JdbcStorage.builder(dataSource).isolation(TestDatabase.POSTGRES.isolation()).build()
        .codeAttempts();
  }
}
