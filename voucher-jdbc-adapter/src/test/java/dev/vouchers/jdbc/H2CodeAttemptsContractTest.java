// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.testkit.contract.CodeAttemptsContract;
import javax.sql.DataSource;

/**
 * The JDBC adapter passes the CodeAttempts contract (G-1) on H2; the second instance is
 * another {@link JdbcStorage} over the same database.
 */
class H2CodeAttemptsContractTest extends CodeAttemptsContract {
  private DataSource dataSource;

  @Override
  protected CodeAttempts newAttempts() {
    dataSource = TestDatabase.H2.freshDataSource();
    return TestDatabase.H2.storageOver(dataSource).codeAttempts();
  }

  @Override
  protected CodeAttempts secondInstance() {
    return JdbcStorage.builder(dataSource).isolation(TestDatabase.H2.isolation()).build()
        .codeAttempts();
  }
}
