// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The dialect comes from the database's product name. */
class DialectTest {

  @Test
  void knowsTheProductNamesDriversReport() {
    assertThat(Dialect.fromProductName("H2")).contains(Dialect.H2);
    assertThat(Dialect.fromProductName("PostgreSQL")).contains(Dialect.POSTGRESQL);
    assertThat(Dialect.fromProductName("MySQL")).isEmpty();
  }

  @Test
  void detectsH2AndPostgres() {
    assertThat(Dialect.detect(TestDatabase.H2.freshDataSource())).isEqualTo(Dialect.H2);
    assertThat(Dialect.detect(TestDatabase.POSTGRES.freshDataSource()))
        .isEqualTo(Dialect.POSTGRESQL);
    assertThat(JdbcStorage.builder(TestDatabase.H2.freshDataSource()).build().dialect())
        .isEqualTo(Dialect.H2);
  }

  @Test
  void anUnreachableDatabaseIsAClearFailure() {
    assertThatThrownBy(() -> JdbcStorage.builder(new Unreachable()).build())
        .isInstanceOf(JdbcStorageException.class)
        .hasMessage("could not detect the database dialect: connection refused");
  }

  /** A data source whose database is down: the input of the test, not a mock. */
  private static final class Unreachable extends ConnectionSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("connection refused", "08001");
    }
  }
}
