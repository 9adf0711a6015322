// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.testkit.contract.CodeAttemptsContract;
import javax.sql.DataSource;

/**
 * The JDBC adapter passes the CodeAttempts contract (G-1) on the external database named by {@code VOUCHERS_TEST_JDBC_URL} (skipped when it is not set); the second instance is
 * another {@link JdbcStorage} over the same database.
 */
class ExternalCodeAttemptsContractTest extends CodeAttemptsContract {
  private DataSource dataSource;

  @Override
  protected CodeAttempts newAttempts() {
    dataSource = TestDatabase.EXTERNAL.freshDataSource();
    return TestDatabase.EXTERNAL.storageOver(dataSource).codeAttempts();
  }

  @Override
  protected CodeAttempts secondInstance() {
    return JdbcStorage.builder(dataSource).isolation(TestDatabase.EXTERNAL.isolation()).build()
        .codeAttempts();
  }
}
