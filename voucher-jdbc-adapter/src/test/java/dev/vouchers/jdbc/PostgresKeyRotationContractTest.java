// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.testkit.contract.KeyRotationContract;
import dev.vouchers.testkit.contract.Storage;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Key rotation (G-4) over the JDBC adapter on Postgres; the raw dump is the codes-at-rest test's
 * ({@link CodesAtRestTest#dump}).
 */
class PostgresKeyRotationContractTest extends KeyRotationContract {
  private DataSource dataSource;
  private JdbcStorage jdbc;

  @Override
  protected Storage newStorage() {
    dataSource = TestDatabase.POSTGRES.freshDataSource();
    jdbc = TestDatabase.POSTGRES.storageOver(dataSource);
    return TestDatabase.storageOf(jdbc);
  }

  @Override
  protected CodeRekeying codeRekeying() {
    return jdbc.codeRekeying();
  }

  @Override
  protected Optional<String> rawDump() {
    try {
      return Optional.of(CodesAtRestTest.dump(dataSource, TestDatabase.POSTGRES));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
