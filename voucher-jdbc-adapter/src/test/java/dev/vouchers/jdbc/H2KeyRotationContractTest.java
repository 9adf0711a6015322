// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.testkit.contract.KeyRotationContract;
import dev.vouchers.testkit.contract.Storage;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Key rotation (G-4) over the JDBC adapter on H2; the raw dump is the codes-at-rest test's
 * ({@link CodesAtRestTest#dump}).
 */
class H2KeyRotationContractTest extends KeyRotationContract {
  private DataSource dataSource;
  private JdbcStorage jdbc;

  @Override
  protected Storage newStorage() {
    dataSource = TestDatabase.H2.freshDataSource();
    jdbc = TestDatabase.H2.storageOver(dataSource);
    return TestDatabase.storageOf(jdbc);
  }

  @Override
  protected CodeRekeying codeRekeying() {
    return jdbc.codeRekeying();
  }

  @Override
  protected Optional<String> rawDump() {
    try {
      return Optional.of(CodesAtRestTest.dump(dataSource, TestDatabase.H2));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
